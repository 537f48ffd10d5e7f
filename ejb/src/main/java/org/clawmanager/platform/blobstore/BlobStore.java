package org.clawmanager.platform.blobstore;

import java.io.InputStream;
import java.util.Optional;

/**
 * Immutable binary objects by key (skill archives, exports). S3/MinIO in production, a local directory in the
 * embedded default. Keys are relative paths of [a-z0-9._/-]; content-addressed callers use the hash as key.
 */
public interface BlobStore {

    /** Stores the bytes under {@code key}, replacing what was there. */
    void put(String key, InputStream content, long size, String contentType);

    /** Opens the object; the caller closes the stream. */
    Optional<InputStream> get(String key);

    /** Size in bytes, or empty when absent. */
    Optional<Long> size(String key);

    void delete(String key);

    boolean healthy();

    static String checkKey(String key) {
        if (key == null || key.isEmpty() || key.length() > 512 || !key.matches("[a-z0-9._/-]+")
                || key.startsWith("/") || key.contains("..") || key.contains("//")) {
            throw new IllegalArgumentException("invalid blob key");
        }
        return key;
    }
}
