# syntax=docker/dockerfile:1
# The reference agent, run as the sidecar of every instance Pod (clawmanager.kubernetes.agent.image). A plain
# Java program: no application server. It runs as uid 1000 with a read-only root file system (the Pod mounts
# /tmp and /workspace), matching the Pod's securityContext.
#
# Build from the repository root after the Maven build (build.sh does both). It expects the agent module's
# self-contained jar at agent/target/clawmanager-agent.jar (override with --build-arg AGENT_JAR=...).
# NOT BUILT ON THE DEVELOPMENT MACHINE (it has no container engine).
ARG JRE_IMAGE=eclipse-temurin:25-jre
FROM ${JRE_IMAGE}

ARG VERSION=0.1.0
ARG AGENT_JAR=agent/target/clawmanager-agent.jar
LABEL org.opencontainers.image.title="ClawManager reference agent" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.licenses="MIT"

COPY --chown=0:0 --chmod=0444 ${AGENT_JAR} /opt/clawmanager/agent.jar

USER 1000:1000
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
ENTRYPOINT ["java", "-jar", "/opt/clawmanager/agent.jar"]
