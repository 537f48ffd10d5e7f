package org.clawmanager.platform.caller;

/**
 * Who is making the current request, as established by the WAR that received it (access token, agent token or
 * gateway key). Boundaries use it for ownership checks and auditing; it is never taken from request bodies.
 */
public record Caller(Long userId, String name, String role, String sessionId, String sourceIp, String userAgent,
                     String requestId) {

    public static final Caller SYSTEM = new Caller(null, "system", "system", null, null, null, null);
    public static final Caller ANONYMOUS = new Caller(null, "anonymous", null, null, null, null, null);

    public boolean isAdmin() {
        return "admin".equals(role);
    }

    /** Admins and operators see every user's fleet resources; users only their own. */
    public boolean seesAllResources() {
        return "admin".equals(role) || "operator".equals(role);
    }

    public boolean isSystem() {
        return this == SYSTEM || "system".equals(role);
    }

    public Caller withNetwork(String ip, String agent, String request) {
        return new Caller(userId, name, role, sessionId, ip, agent, request);
    }
}
