package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import java.io.File;

/**
 * Builds the fabric8 client: from a kubeconfig file when one is configured, from a bare master URL (kubectl proxy,
 * tests), otherwise from the Pod's service account (in-cluster, the production case). Always on the JDK HTTP
 * client, so no Vert.x or OkHttp runs inside Liberty.
 */
final class ClientFactory {

    private ClientFactory() {
    }

    static KubernetesClient create(KubernetesSettings.Connection connection) {
        Config config;
        if (connection.kubeconfig().isPresent()) {
            config = Config.fromKubeconfig(new File(connection.kubeconfig().get()));
        } else if (connection.masterUrl().isPresent()) {
            config = new ConfigBuilder(Config.empty()).withMasterUrl(connection.masterUrl().get()).build();
        } else {
            config = Config.autoConfigure(null);
        }
        // fabric8 retries a failed request up to 10 times with exponential back-off (about 20 s when the API
        // server is down); callers here are sweeps that retry anyway, so fail within a second and let them
        config.setRequestRetryBackoffLimit(3);
        config.setConnectionTimeout(5_000);
        return new KubernetesClientBuilder().withConfig(config).withHttpClientFactory(new JdkHttpClientFactory())
                .build();
    }
}
