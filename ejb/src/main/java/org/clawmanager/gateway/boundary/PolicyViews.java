package org.clawmanager.gateway.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.clawmanager.gateway.control.CatalogLoader;
import org.clawmanager.gateway.entity.AccessList;
import org.clawmanager.gateway.entity.GatewayLimit;
import org.clawmanager.gateway.entity.Price;

/** Answers of the gateway policy API. */
public final class PolicyViews {

    private PolicyViews() {
    }

    public record AliasView(String alias, String target) {
    }

    public record PriceView(long version, String model, BigDecimal inputPerMTok, BigDecimal outputPerMTok,
                            BigDecimal cachedPerMTok, String currency, Instant effectiveFrom, Instant createdAt,
                            String createdBy, boolean current) {
        static PriceView of(Price p, boolean current) {
            return new PriceView(p.id(), p.model(), p.inputPerMTok(), p.outputPerMTok(), p.cachedPerMTok(),
                    p.currency(), p.effectiveFrom(), p.createdAt(), p.createdBy(), current);
        }
    }

    public record LimitView(long id, String scope, String subject, String metric, String period, BigDecimal limit,
                            Instant createdAt) {
        static LimitView of(GatewayLimit l) {
            BigDecimal limit = "cost".equals(l.metric()) ? BigDecimal.valueOf(l.limitValue()).movePointLeft(6)
                    .stripTrailingZeros() : BigDecimal.valueOf(l.limitValue());
            return new LimitView(l.id(), l.scope(), l.subject(), l.metric(), l.period(), limit, l.createdAt());
        }
    }

    public record AccessView(long id, String scope, String subject, List<String> models) {
        static AccessView of(AccessList a) {
            return new AccessView(a.id(), a.scope(), a.subject(), CatalogLoader.csv(a.models()));
        }
    }
}
