package org.clawmanager.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class SecretRedactorTest {

    public record Nested(String apiKey, String name, List<Map<String, Object>> items) {
    }

    @Test
    void secretLookingMembersAreRedactedAtAnyDepth() {
        String json = SecretRedactor.toRedactedJson(new Nested("sk-live-123", "prod", List.of(
                Map.of("password", "hunter22", "refreshToken", "cmr_x", "maxTokensPerMinute", 500, "clientSecret", "s"))));
        assertThat(json).doesNotContain("sk-live-123", "hunter22", "cmr_x").contains("\"name\":\"prod\"")
                .contains("\"maxTokensPerMinute\":500").contains("[redacted]");
    }

    @Test
    void namesAreMatchedAsSuffixes() {
        assertThat(SecretRedactor.isSecretName("password")).isTrue();
        assertThat(SecretRedactor.isSecretName("newPassword")).isTrue();
        assertThat(SecretRedactor.isSecretName("api-key")).isTrue();
        assertThat(SecretRedactor.isSecretName("accessToken")).isTrue();
        assertThat(SecretRedactor.isSecretName("passwordChangedAt")).isFalse();
        assertThat(SecretRedactor.isSecretName("tokensUsed")).isFalse();
        assertThat(SecretRedactor.isSecretName("displayName")).isFalse();
    }

    @Test
    void nullStaysNullAndHugeValuesAreCut() {
        assertThat(SecretRedactor.toRedactedJson(null)).isNull();
        assertThat(SecretRedactor.toRedactedJson(Map.of("note", "x".repeat(40_000)))).hasSizeLessThan(32_100);
    }
}
