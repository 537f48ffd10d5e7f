package org.clawmanager.gateway;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The OpenAI-compatible gateway. The WAR's context root is /v1, so an OpenAI SDK only needs
 * {@code base_url = http://HOST:9080/v1} and a gateway key.
 */
@ApplicationPath("/")
public class GatewayApi extends Application {
}
