package org.clawmanager.runtimes.control.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Map;
import org.clawmanager.platform.errors.DomainException;
import org.clawmanager.platform.errors.ErrorKind;
import org.clawmanager.platform.startup.StartupSequence;
import org.junit.jupiter.api.Test;

/** The bean lives in every deployment: it must not touch a cluster before it is used, and must let go on undeploy. */
class KubernetesDriverLifecycleTest {

    @Test
    void connectsOnFirstUseOnlyAndDisconnectsOnClose() {
        try (MockApiServer server = new MockApiServer()) {
            Map<String, String> values = TestSettings.defaults();
            values.put("clawmanager.kubernetes.master-url", server.url());
            values.put("clawmanager.kubernetes.events.field-selector", "");
            MapConfig config = new MapConfig(values);
            KubernetesDriver driver = new KubernetesDriver();
            driver.config = config;
            driver.clock = Clock.systemUTC();

            assertThat(driver.kind()).isEqualTo("kubernetes");
            driver.onChange(o -> { });
            assertThat(server.requests()).isZero();
            assertThat(config.reads).isZero();

            assertThat(driver.observeAll()).isEmpty();
            assertThat(server.requests()).isPositive();

            driver.close();
            assertThatThrownBy(driver::observeAll).isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(ErrorKind.UNAVAILABLE))
                    .hasMessageContaining("shut down");
        }
    }

    @Test
    void connectsAtStartUpOnlyWhenKubernetesIsTheSelectedDriver() {
        int[] opened = {0};
        KubernetesStartup startup = new KubernetesStartup();
        startup.driver = new KubernetesDriver(listeners -> {
            opened[0]++;
            return null;
        });
        startup.config = new MapConfig(Map.of());
        startup.onStart(new StartupSequence.Started());
        startup.config = new MapConfig(Map.of("clawmanager.runtime.driver", "local"));
        startup.onStart(new StartupSequence.Started());
        assertThat(opened[0]).isZero();

        startup.config = new MapConfig(Map.of("clawmanager.runtime.driver", "kubernetes"));
        startup.onStart(new StartupSequence.Started());
        assertThat(opened[0]).isEqualTo(1);
    }

    @Test
    void anUnreachableApiServerIsUnavailableNotAnInternalError() {
        Map<String, String> values = TestSettings.defaults();
        values.put("clawmanager.kubernetes.master-url", "http://127.0.0.1:1");
        values.put("clawmanager.kubernetes.sync-timeout", "PT1S");
        KubernetesDriver driver = new KubernetesDriver();
        driver.config = new MapConfig(values);
        driver.clock = Clock.systemUTC();
        try {
            assertThatThrownBy(() -> driver.apply(Specs.openclaw(1, 1))).isInstanceOf(DomainException.class)
                    .satisfies(e -> {
                        assertThat(((DomainException) e).kind()).isEqualTo(ErrorKind.UNAVAILABLE);
                        assertThat(((DomainException) e).code()).isEqualTo("kubernetes-unavailable");
                    });
            assertThatThrownBy(driver::observeAll).isInstanceOf(DomainException.class)
                    .hasMessageContaining("not in sync");
            assertThatThrownBy(driver::capacity).isInstanceOf(DomainException.class);
        } finally {
            driver.close();
        }
    }
}
