package org.clawmanager.platform.blobstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both object-storage adapters pass the same contract: the local directory of the embedded default, and the S3
 * adapter against s3proxy started as a child process (a real S3 API on loopback).
 */
class BlobStoreTest {

    private static Process s3proxy;
    private static String endpoint;

    @TempDir
    static Path temp;

    @BeforeAll
    static void startS3Proxy() throws Exception {
        String jar = System.getProperty("s3proxy.jar");
        assertThat(jar).as("s3proxy.jar system property (set by the ejb pom)").isNotNull();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        endpoint = "http://127.0.0.1:" + port;
        Path conf = temp.resolve("s3proxy.conf");
        Files.writeString(conf, String.join("\n",
                "s3proxy.endpoint=" + endpoint, "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=test-access", "s3proxy.credential=test-secret-key",
                "jclouds.provider=filesystem-nio2", "jclouds.filesystem.basedir=" + temp.resolve("s3data"), ""));
        Files.createDirectories(temp.resolve("s3data"));
        String java = ProcessHandle.current().info().command().orElse("java");
        s3proxy = new ProcessBuilder(java, "-jar", jar, "--properties", conf.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("s3proxy.log").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            try {
                http.send(HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("s3proxy did not start: " + Files.readString(temp.resolve("s3proxy.log")));
    }

    @AfterAll
    static void stop() {
        if (s3proxy != null) {
            s3proxy.destroy();
        }
    }

    private static S3BlobStore s3() {
        S3BlobStore store = new S3BlobStore(endpoint, "us-east-1", "test-access", "test-secret-key", "skills");
        store.ensureBucket();
        store.ensureBucket(); // idempotent
        return store;
    }

    @Test
    void localStoreFollowsTheContract(@TempDir Path dir) throws IOException {
        contract(new LocalBlobStore(dir));
    }

    @Test
    void s3StoreFollowsTheContract() throws IOException {
        contract(s3());
    }

    @Test
    void s3StoreReportsAWrongSecretAsUnhealthy() {
        assertThat(new S3BlobStore(endpoint, "us-east-1", "test-access", "wrong", "skills").healthy()).isFalse();
    }

    private static void contract(BlobStore store) throws IOException {
        byte[] data = "skill archive bytes".getBytes(StandardCharsets.UTF_8);
        store.put("sha256/ab/abcdef.zip", new ByteArrayInputStream(data), data.length, "application/zip");
        assertThat(store.size("sha256/ab/abcdef.zip")).contains((long) data.length);
        try (InputStream in = store.get("sha256/ab/abcdef.zip").orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
        byte[] replaced = "v2".getBytes(StandardCharsets.UTF_8);
        store.put("sha256/ab/abcdef.zip", new ByteArrayInputStream(replaced), -1, null);
        try (InputStream in = store.get("sha256/ab/abcdef.zip").orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(replaced);
        }
        assertThat(store.get("sha256/ab/missing.zip")).isEmpty();
        assertThat(store.size("sha256/ab/missing.zip")).isEmpty();
        store.delete("sha256/ab/abcdef.zip");
        assertThat(store.get("sha256/ab/abcdef.zip")).isEmpty();
        store.delete("sha256/ab/abcdef.zip");
        assertThat(store.healthy()).isTrue();
        for (String bad : new String[]{"../etc/passwd", "/abs", "a//b", "UPPER", "", "a/../../b"}) {
            assertThatThrownBy(() -> store.get(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
