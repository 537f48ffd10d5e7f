package org.clawmanager.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agent fleet simulator for the control-plane benchmark (docs/benchmarks.md). Against a server running with
 * {@code clawmanager.runtime.driver=external} it creates N instances, reads their bootstrap tokens from
 * {@code <data>/external/<id>.env}, registers N simulated agents, then measures
 * <ol>
 *   <li>heartbeats: open loop at {@code rate}/s spread over all agents, latency from the scheduled send time;</li>
 *   <li>command delivery: every agent keeps a long poll open; commands are issued through the management API at
 *       {@code cmdRate}/s and the latency is from just before the POST to the moment the agent's poll returns it.</li>
 * </ol>
 * Arguments ({@code key=value}): url, data (server data dir), password (admin), agents, rate, seconds, warmup,
 * cmdRate, cmdSeconds, serverPid (optional: report the server's CPU per heartbeat from /proc).
 */
public final class AgentSim {

    private final SimOptions o;
    private final SimClient client;

    private AgentSim(SimOptions o) {
        this.o = o;
        this.client = new SimClient(o.get("url", "http://127.0.0.1:9083"));
    }

    public static void main(String[] args) throws Exception {
        new AgentSim(SimOptions.parse(args)).run();
        System.exit(0);
    }

    private void run() throws Exception {
        int agents = o.num("agents", 1000);
        client.login(o.get("password"));
        String admin = client.admin();
        long me = Long.parseLong(SimClient.extract(client.send("GET", "/api/users/me", admin, null).body(), "id"));
        client.send("PUT", "/api/users/" + me + "/quota", admin, "{\"maxInstances\":10000,\"maxCpuCores\":10000,"
                + "\"maxMemoryGiB\":1000000,\"maxStorageGiB\":1000000,\"maxGpus\":0}");
        String prefix = "sim" + Long.toString(System.currentTimeMillis() % 100000, 36);
        List<Long> ids = new ArrayList<>();
        for (int start = 0; start < agents; start += 20) {
            int count = Math.min(20, agents - start);
            HttpResponse<String> r = client.send("POST", "/api/instances/batch", admin, "{\"namePrefix\":\"" + prefix
                    + "\",\"count\":" + count + ",\"startIndex\":" + start + ",\"template\":{\"type\":\"custom\"}}");
            if (r.statusCode() != 201) {
                throw new IllegalStateException("batch create failed: " + r.body());
            }
            ids.addAll(idsOf(r.body()));
        }
        System.out.printf("created %d instances%n", ids.size());
        Path dir = Path.of(o.get("data"), "external");
        Map<Long, String> sessions = new ConcurrentHashMap<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long id : ids) {
                pool.submit(() -> {
                    String token = awaitToken(dir.resolve(id + ".env"));
                    HttpResponse<String> r = client.agentCall("POST", "register", token, "{\"instanceId\":" + id
                            + ",\"protocolVersion\":\"v1\",\"agentVersion\":\"sim\"}");
                    sessions.put(id, SimClient.extract(r.body(), "sessionToken"));
                    return null;
                });
            }
        }
        System.out.printf("registered %d agents%n", sessions.size());
        new HeartbeatLoad(client, o).run(new ArrayList<>(sessions.values()));
        new CommandLoad(client, o).run(sessions);
        for (int i = 0; i < ids.size(); i += 100) {
            String list = ids.subList(i, Math.min(ids.size(), i + 100)).toString().replace(" ", "");
            client.send("POST", "/api/instances/batch-delete", admin, "{\"ids\":" + list + "}");
        }
    }

    private static List<Long> idsOf(String json) {
        // top-level objects of the array: every instance starts with "agentStatus" then has "id" before "image"
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"driver\":\"[a-z]+\",\"env\":\\{[^}]*\\},\"gpus\":\\d+,\"id\":(\\d+)").matcher(json);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static String awaitToken(Path env) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (Files.exists(env)) {
                for (String line : Files.readAllLines(env)) {
                    if (line.startsWith("CLAWMANAGER_BOOTSTRAP_TOKEN=")) {
                        return line.substring(line.indexOf('=') + 1);
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no bootstrap token in " + env);
    }
}
