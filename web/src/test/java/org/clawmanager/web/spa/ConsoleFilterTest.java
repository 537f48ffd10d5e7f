package org.clawmanager.web.spa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleFilterTest {

    @Test
    void pathsWithoutAnExtensionAreConsoleRoutes() {
        assertThat(ConsoleFilter.isClientRoute("/users")).isTrue();
        assertThat(ConsoleFilter.isClientRoute("/instances/42/commands")).isTrue();
        assertThat(ConsoleFilter.isClientRoute("/")).isTrue();
        assertThat(ConsoleFilter.isClientRoute("/assets/index-abc.js")).isFalse();
        assertThat(ConsoleFilter.isClientRoute("/favicon.ico")).isFalse();
    }

    @Test
    void theContentSecurityPolicyAllowsNoForeignOrInlineScripts() {
        assertThat(ConsoleFilter.CSP).contains("script-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
    }
}
