package org.clawmanager.runtimes.boundary;

/**
 * Seam through which the AI gateway hands an instance its gateway key (scoped to that one instance). The instance
 * lifecycle asks for a key when it provisions an instance and revokes them when it deletes it; the secret goes into
 * the runtime's environment ({@code OPENAI_API_KEY}) and is never stored in clear text by the control plane.
 * Without an implementation (no gateway) instances get no key.
 */
public interface InstanceCredentials {

    /** Issues a new key for the instance, revoking any earlier one (rotation); returns the secret, shown once. */
    String issueGatewayKey(long instanceId, long ownerId, String instanceName);

    /** Revokes every gateway key of the instance (on delete). */
    void revokeGatewayKeys(long instanceId);
}
