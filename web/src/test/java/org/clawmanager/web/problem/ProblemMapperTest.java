package org.clawmanager.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import org.clawmanager.platform.errors.ConflictException;
import org.clawmanager.platform.errors.NotFoundException;
import org.clawmanager.platform.errors.QuotaExceededException;
import org.clawmanager.platform.errors.RateLimitedException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    private final ProblemMapper cut = new ProblemMapper();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Response r) {
        return (Map<String, Object>) r.getEntity();
    }

    @Test
    void domainErrorsMapToTheirStatusWithCodeAndDetails() {
        Response notFound = cut.toResponse(new NotFoundException("user", 42));
        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(notFound.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(body(notFound)).containsEntry("code", "user-not-found")
                .containsEntry("type", "https://clawmanager.dev/problems/user-not-found").containsEntry("id", "42");
        Response quota = cut.toResponse(new QuotaExceededException("instances", 3, 3, 1));
        assertThat(quota.getStatus()).isEqualTo(422);
        assertThat(body(quota)).containsEntry("quota", "instances");
        assertThat(cut.toResponse(new ConflictException("last-admin", "no")).getStatus()).isEqualTo(409);
    }

    @Test
    void containerWrappersAreSeenThrough() {
        Response r = cut.toResponse(new EJBException(new RuntimeException(new NotFoundException("instance", 7))));
        assertThat(r.getStatus()).isEqualTo(404);
    }

    @Test
    void rateLimitsCarryRetryAfter() {
        Response r = cut.toResponse(new RateLimitedException("login-throttled", "slow down", Duration.ofSeconds(90)));
        assertThat(r.getStatus()).isEqualTo(429);
        assertThat(r.getHeaderString("Retry-After")).isEqualTo("90");
    }

    @Test
    void unreadableBodiesAre400AndUnexpectedFailuresHideTheirDetails() {
        assertThat(cut.toResponse(new ProcessingException(new JsonbException("bad"))).getStatus()).isEqualTo(400);
        Response boom = cut.toResponse(new IllegalStateException("SELECT * FROM secret_table"));
        assertThat(boom.getStatus()).isEqualTo(500);
        assertThat(body(boom).toString()).doesNotContain("secret_table").doesNotContain("IllegalStateException");
        Response notAllowed = cut.toResponse(new NotAllowedException("GET"));
        assertThat(notAllowed.getStatus()).isEqualTo(405);
        assertThat(notAllowed.getHeaderString("Allow")).isEqualTo("GET");
    }

    @Test
    void violationPathsBecomeClientFieldNames() {
        assertThat(ProblemMapper.field("create.request.username")).isEqualTo("username");
        assertThat(ProblemMapper.field("updateQuota.request.limits.maxGpus")).isEqualTo("limits.maxGpus");
        assertThat(ProblemMapper.field("create.request")).isEqualTo("body");
        assertThat(ProblemMapper.field("importCsv.arg0")).isEqualTo("body");
        assertThat(ProblemMapper.field("importCsv.csv")).isEqualTo("csv");
    }

    @Test
    void aConcurrentSaveOfTheSameRowIsAConflictNotAServerError() {
        Response r = cut.toResponse(new EJBException(new RuntimeException("commit failed",
                new jakarta.persistence.OptimisticLockException("row changed"))));
        assertThat(r.getStatus()).isEqualTo(409);
        assertThat(body(r)).containsEntry("code", "concurrent-modification");
    }
}
