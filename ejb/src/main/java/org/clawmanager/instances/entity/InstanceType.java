package org.clawmanager.instances.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What runs in an instance: managed agent runtimes (OpenClaw, Hermes), a custom image, or a plain desktop. */
public enum InstanceType {
    OPENCLAW("ghcr.io/openclaw/openclaw:latest"),
    HERMES("ghcr.io/nousresearch/hermes-agent:latest"),
    CUSTOM(null),
    WEBTOP("lscr.io/linuxserver/webtop:latest"),
    UBUNTU("ubuntu:24.04"),
    DEBIAN("debian:12"),
    CENTOS("quay.io/centos/centos:stream9");

    private final String defaultImage;

    InstanceType(String defaultImage) {
        this.defaultImage = defaultImage;
    }

    public String defaultImage() {
        return defaultImage;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InstanceType> parse(String value) {
        return value == null ? Optional.empty() : Arrays.stream(values())
                .filter(t -> t.wire().equals(value.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
