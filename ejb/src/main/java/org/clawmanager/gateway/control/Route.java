package org.clawmanager.gateway.control;

import java.util.List;

/** One deployment of a public model: where to send it and under which upstream name. */
public record Route(long id, String model, ProviderConf provider, String upstreamModel, String kind, int weight,
                    boolean secure, List<String> fallbacks) {

    public boolean embedding() {
        return "embedding".equals(kind);
    }
}
