package org.clawmanager.bench;

import java.util.HashMap;
import java.util.Map;

/** The simulator's {@code key=value} arguments. */
record SimOptions(Map<String, String> values) {

    static SimOptions parse(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            o.put(a.substring(0, eq), a.substring(eq + 1));
        }
        return new SimOptions(o);
    }

    int num(String key, int def) {
        return Integer.parseInt(values.getOrDefault(key, Integer.toString(def)));
    }

    String get(String key) {
        return values.get(key);
    }

    String get(String key, String def) {
        return values.getOrDefault(key, def);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }
}
