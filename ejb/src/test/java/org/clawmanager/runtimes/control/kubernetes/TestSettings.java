package org.clawmanager.runtimes.control.kubernetes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** The shipped defaults (META-INF/microprofile-config.properties) with per-test overrides. */
final class TestSettings {

    private TestSettings() {
    }

    static Map<String, String> defaults() {
        Properties properties = new Properties();
        try (InputStream in = TestSettings.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return map;
    }

    /** Defaults, then {@code overrides} given as key, value, key, value (keys without the common prefix). */
    static KubernetesSettings with(String... overrides) {
        Map<String, String> map = defaults();
        for (int i = 0; i < overrides.length; i += 2) {
            map.put(KubernetesSettings.PREFIX + overrides[i], overrides[i + 1]);
        }
        return KubernetesSettings.from(key -> Optional.ofNullable(map.get(key)));
    }

    /** What the tests against the mock API server use: it cannot filter events by field, so no field selector. */
    static KubernetesSettings forMock(String... overrides) {
        String[] all = new String[overrides.length + 2];
        all[0] = "events.field-selector";
        all[1] = "";
        System.arraycopy(overrides, 0, all, 2, overrides.length);
        return with(all);
    }
}
