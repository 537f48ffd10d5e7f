package org.clawmanager.platform.blobstore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** S3/MinIO when {@code clawmanager.s3.endpoint} is set, otherwise a directory under the data directory. */
@ApplicationScoped
public class BlobStoreProducer {

    private static final Logger LOG = Logger.getLogger(BlobStoreProducer.class.getName());

    @Inject
    @ConfigProperty(name = "clawmanager.s3.endpoint")
    Optional<String> endpoint;

    @Inject
    @ConfigProperty(name = "clawmanager.s3.region", defaultValue = "us-east-1")
    String region;

    @Inject
    @ConfigProperty(name = "clawmanager.s3.bucket", defaultValue = "clawmanager")
    String bucket;

    @Inject
    @ConfigProperty(name = "clawmanager.s3.access-key")
    Optional<String> accessKey;

    @Inject
    @ConfigProperty(name = "clawmanager.s3.secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "clawmanager.data.dir")
    String dataDir;

    @Produces
    @ApplicationScoped
    BlobStore blobStore() {
        if (endpoint.filter(e -> !e.isBlank()).isEmpty()) {
            Path dir = Path.of(dataDir, "blobs");
            LOG.info("Object storage: local directory " + dir + " (embedded default)");
            return new LocalBlobStore(dir);
        }
        S3BlobStore s3 = new S3BlobStore(endpoint.get(), region, accessKey.orElse(""), secretKey.orElse(""), bucket);
        LOG.info("Object storage: S3 at " + endpoint.get() + ", bucket " + bucket);
        try {
            s3.ensureBucket();
        } catch (RuntimeException e) {
            LOG.warning("Object storage not reachable yet: " + e.getMessage() + " (readiness reports it)");
        }
        return s3;
    }
}
