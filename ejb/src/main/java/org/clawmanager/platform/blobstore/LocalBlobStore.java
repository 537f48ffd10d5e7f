package org.clawmanager.platform.blobstore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** {@link BlobStore} in a local directory: writes go to a temp file first and are moved into place atomically. */
public class LocalBlobStore implements BlobStore {

    private final Path root;

    public LocalBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create blob directory " + root, e);
        }
    }

    private Path file(String key) {
        Path p = root.resolve(BlobStore.checkKey(key)).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("invalid blob key");
        }
        return p;
    }

    @Override
    public void put(String key, InputStream content, long size, String contentType) {
        Path target = file(key);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            try {
                Files.copy(content, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store blob", e);
        }
    }

    @Override
    public Optional<InputStream> get(String key) {
        Path p = file(key);
        try {
            return Files.isRegularFile(p) ? Optional.of(Files.newInputStream(p)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read blob", e);
        }
    }

    @Override
    public Optional<Long> size(String key) {
        Path p = file(key);
        try {
            return Files.isRegularFile(p) ? Optional.of(Files.size(p)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stat blob", e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete blob", e);
        }
    }

    @Override
    public boolean healthy() {
        return Files.isDirectory(root) && Files.isWritable(root);
    }
}
