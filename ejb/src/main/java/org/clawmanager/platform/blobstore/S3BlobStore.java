package org.clawmanager.platform.blobstore;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import java.io.InputStream;
import java.util.Optional;

/** {@link BlobStore} on S3-compatible storage (MinIO, AWS S3, s3proxy) through the MinIO Java client. */
public class S3BlobStore implements BlobStore {

    private static final long PART_SIZE = 10L * 1024 * 1024;
    private final MinioClient client;
    private final String bucket;

    public S3BlobStore(String endpoint, String region, String accessKey, String secretKey, String bucket) {
        this.client = MinioClient.builder().endpoint(endpoint).region(region).credentials(accessKey, secretKey).build();
        this.bucket = bucket;
    }

    /** Creates the bucket when it does not exist yet (idempotent, safe on several replicas). */
    public void ensureBucket() {
        call(() -> {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                try {
                    client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                } catch (ErrorResponseException e) {
                    if (!e.errorResponse().code().startsWith("BucketAlready")) {
                        throw e;
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void put(String key, InputStream content, long size, String contentType) {
        call(() -> client.putObject(PutObjectArgs.builder().bucket(bucket).object(BlobStore.checkKey(key))
                .stream(content, size, size < 0 ? PART_SIZE : -1)
                .contentType(contentType == null ? "application/octet-stream" : contentType).build()));
    }

    @Override
    public Optional<InputStream> get(String key) {
        return call(() -> {
            try {
                return Optional.of(client.getObject(GetObjectArgs.builder().bucket(bucket).object(BlobStore.checkKey(key)).build()));
            } catch (ErrorResponseException e) {
                if ("NoSuchKey".equals(e.errorResponse().code())) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<Long> size(String key) {
        return call(() -> {
            try {
                return Optional.of(client.statObject(StatObjectArgs.builder().bucket(bucket).object(BlobStore.checkKey(key)).build()).size());
            } catch (ErrorResponseException e) {
                if ("NoSuchKey".equals(e.errorResponse().code())) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    @Override
    public void delete(String key) {
        call(() -> {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(BlobStore.checkKey(key)).build());
            return null;
        });
    }

    @Override
    public boolean healthy() {
        try {
            return client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
        } catch (Exception e) {
            return false;
        }
    }

    private interface S3Call<T> {
        T run() throws Exception;
    }

    private static <T> T call(S3Call<T> body) {
        try {
            return body.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("object storage request failed: " + e.getMessage(), e);
        }
    }
}
