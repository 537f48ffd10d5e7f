package org.clawmanager.agent;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Host facts for {@code collect_system_info} and state reports. */
final class SystemInfo {

    private SystemInfo() {
    }

    static JsonObject collect(Path workspace) {
        var os = ManagementFactory.getOperatingSystemMXBean();
        var b = Json.createObjectBuilder().add("os", System.getProperty("os.name") + " " + System.getProperty("os.version"))
                .add("arch", System.getProperty("os.arch")).add("cpus", Runtime.getRuntime().availableProcessors())
                .add("load1", os.getSystemLoadAverage()).add("javaVersion", Runtime.version().toString());
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            b.add("memoryTotalBytes", sun.getTotalMemorySize()).add("memoryFreeBytes", sun.getFreeMemorySize());
        }
        try {
            var store = Files.getFileStore(workspace);
            b.add("diskTotalBytes", store.getTotalSpace()).add("diskFreeBytes", store.getUsableSpace());
        } catch (Exception e) {
            b.add("diskError", e.toString());
        }
        return b.build();
    }
}
