package it.org.clawmanager.gateway;

/**
 * Every OpenAI SDK scenario of {@link GatewaySdkIT} again, against the gateway's data-plane port (ADR 0009): the two
 * ports must be indistinguishable to a client.
 */
class DataPlaneSdkIT extends GatewaySdkIT {

    @Override
    String v1() {
        return Gw.DATA_PLANE_V1;
    }
}
