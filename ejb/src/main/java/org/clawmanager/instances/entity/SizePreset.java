package org.clawmanager.instances.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Named resource sizes; {@code custom} means the request gives CPU, memory, disk and GPUs itself. */
public enum SizePreset {
    SMALL(1000, 2048, 10),
    MEDIUM(2000, 4096, 20),
    LARGE(4000, 8192, 50),
    XLARGE(8000, 16384, 100);

    public final int cpuMillicores;
    public final int memoryMiB;
    public final int diskGiB;

    SizePreset(int cpuMillicores, int memoryMiB, int diskGiB) {
        this.cpuMillicores = cpuMillicores;
        this.memoryMiB = memoryMiB;
        this.diskGiB = diskGiB;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SizePreset> parse(String value) {
        return value == null ? Optional.empty() : Arrays.stream(values())
                .filter(t -> t.wire().equals(value.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
