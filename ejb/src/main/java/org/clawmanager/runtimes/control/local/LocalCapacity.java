package org.clawmanager.runtimes.control.local;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clawmanager.runtimes.boundary.Capacity;
import org.clawmanager.runtimes.boundary.RuntimeSpec;

/** This host as the one "node" of the local driver: its CPUs, memory and disk against what instances request. */
final class LocalCapacity {

    private LocalCapacity() {
    }

    static Capacity of(List<RuntimeSpec> specs, Path dir) {
        int cpus = Runtime.getRuntime().availableProcessors();
        long memMiB = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            memMiB = os.getTotalMemorySize() / (1024 * 1024);
        }
        long diskGiB = 0;
        try {
            Path p = Files.exists(dir) ? dir : dir.getRoot();
            diskGiB = Files.getFileStore(p).getTotalSpace() / (1024L * 1024 * 1024);
        } catch (Exception e) {
            diskGiB = 0;
        }
        List<RuntimeSpec> running = specs.stream().filter(RuntimeSpec::running).toList();
        int cpu = running.stream().mapToInt(s -> s.resources().cpuMillicores()).sum();
        long mem = running.stream().mapToLong(s -> s.resources().memoryMiB()).sum();
        long disk = specs.stream().mapToLong(s -> s.resources().diskGiB()).sum();
        int gpus = running.stream().mapToInt(s -> s.resources().gpus()).sum();
        return new Capacity("local", List.of(new Capacity.Node("localhost", true, cpus * 1000, cpu, memMiB, mem,
                diskGiB, disk, 0, gpus, specs.size())));
    }
}
