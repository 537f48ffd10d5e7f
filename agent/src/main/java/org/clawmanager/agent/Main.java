package org.clawmanager.agent;

/** {@code java -jar clawmanager-agent.jar}: configuration from the environment (see AgentConfig). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        AgentConfig config = AgentConfig.fromEnv(System.getenv());
        int code = new Agent(config, new ProtocolClient(config.baseUrl())).run();
        System.exit(code);
    }
}
