package org.clawmanager.gateway.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One version of a model's price (per million tokens), valid from {@code effectiveFrom} until a later version takes
 * over. Versions are never edited; records reference the version (its id) they were costed with.
 */
@Entity
@Table(name = "gw_prices")
public class Price {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String model;
    @Column(name = "input_per_mtok")
    private BigDecimal inputPerMTok;
    @Column(name = "output_per_mtok")
    private BigDecimal outputPerMTok;
    @Column(name = "cached_per_mtok")
    private BigDecimal cachedPerMTok;
    private String currency;
    @Column(name = "effective_from")
    private Instant effectiveFrom;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected Price() {
    }

    public Price(String model, BigDecimal in, BigDecimal out, BigDecimal cached, String currency,
                 Instant effectiveFrom, Instant now, String createdBy) {
        this.model = model;
        this.inputPerMTok = in;
        this.outputPerMTok = out;
        this.cachedPerMTok = cached;
        this.currency = currency;
        this.effectiveFrom = effectiveFrom;
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    public Long id() { return id; }
    public String model() { return model; }
    public BigDecimal inputPerMTok() { return inputPerMTok; }
    public BigDecimal outputPerMTok() { return outputPerMTok; }
    public BigDecimal cachedPerMTok() { return cachedPerMTok; }
    public String currency() { return currency; }
    public Instant effectiveFrom() { return effectiveFrom; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
