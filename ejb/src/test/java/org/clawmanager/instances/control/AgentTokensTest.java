package org.clawmanager.instances.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgentTokensTest {

    @Test
    void tokensCarryTheirInstanceAndEpochForRoutingOnly() {
        String bootstrap = AgentTokens.newBootstrapToken(42);
        assertThat(bootstrap).startsWith("cmb_42_").hasSizeGreaterThan(40);
        assertThat(AgentTokens.bootstrapInstance(bootstrap)).isEqualTo(42);
        assertThat(AgentTokens.bootstrapInstance("cmb_x_y")).isEqualTo(-1);
        assertThat(AgentTokens.bootstrapInstance("cms_1_2_3")).isEqualTo(-1);
        assertThat(AgentTokens.bootstrapInstance(null)).isEqualTo(-1);
        assertThat(AgentTokens.newSessionToken(42, 7)).startsWith("cms_42_7_");
        assertThat(AgentTokens.newSessionToken(42, 7)).isNotEqualTo(AgentTokens.newSessionToken(42, 7));
    }
}
