package org.clawmanager.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuotaTest {

    @Test
    void limitsRejectNegativeAndAbsurdValues() {
        assertThatThrownBy(() -> new Quota.Limits(-1, 0, 0, 0, 0)).hasMessageContaining("maxInstances");
        assertThatThrownBy(() -> new Quota.Limits(0, Quota.MAX_CPU_MILLICORES + 1, 0, 0, 0)).hasMessageContaining("maxCpuCores");
        assertThatThrownBy(() -> new Quota.Limits(0, 0, 0, 0, -3)).hasMessageContaining("maxGpus");
    }

    @Test
    void applyReplacesAllLimitsAtOnce() {
        Quota q = new Quota(7L, new Quota.Limits(1, 1000, 2, 3, 0), Instant.EPOCH);
        Instant later = Instant.parse("2026-01-01T00:00:00Z");
        q.apply(new Quota.Limits(5, 2500, 8, 50, 1), later);
        assertThat(q.limits()).isEqualTo(new Quota.Limits(5, 2500, 8, 50, 1));
        assertThat(q.updatedAt()).isEqualTo(later);
    }

    @Test
    void usernamesAreLowerCaseAndBounded() {
        assertThat(User.USERNAME.matcher("ada.lovelace_1").matches()).isTrue();
        assertThat(User.USERNAME.matcher("Ada").matches()).isFalse();
        assertThat(User.USERNAME.matcher("ab").matches()).isFalse();
        assertThat(User.USERNAME.matcher("-ada").matches()).isFalse();
        assertThatThrownBy(() -> new User("x y", null, null, Role.USER, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new User("ada", null, " ", Role.USER, Instant.EPOCH).displayName()).isEqualTo("ada");
    }
}
