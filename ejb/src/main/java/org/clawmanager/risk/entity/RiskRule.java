package org.clawmanager.risk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.clawmanager.risk.boundary.Action;

/** One risk-control rule. Keywords are stored one per line. */
@Entity
@Table(name = "risk_rules")
@NamedQuery(name = RiskRule.ALL, query = "SELECT r FROM RiskRule r ORDER BY r.sortOrder, r.ruleId")
@NamedQuery(name = RiskRule.BY_RULE_ID, query = "SELECT r FROM RiskRule r WHERE r.ruleId = :ruleId")
@NamedQuery(name = RiskRule.FINGERPRINT, query = "SELECT COUNT(r), SUM(r.revision), MAX(r.id) FROM RiskRule r")
public class RiskRule {

    public static final String ALL = "RiskRule.all";
    public static final String BY_RULE_ID = "RiskRule.byRuleId";
    public static final String FINGERPRINT = "RiskRule.fingerprint";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rule_id", nullable = false, unique = true)
    private String ruleId;

    @Column(name = "display_name", nullable = false)
    private String name;

    private String description;

    @Column(nullable = false)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RuleKind kind;

    @Lob
    private String pattern;

    @Lob
    private String keywords;

    @Column(name = "whole_word", nullable = false)
    private boolean wholeWord;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Column(nullable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(name = "applies_to", nullable = false)
    private AppliesTo appliesTo = AppliesTo.BOTH;

    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    @Column(nullable = false)
    private long revision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RiskRule() {
    }

    public RiskRule(String ruleId, boolean builtIn, Instant now) {
        this.ruleId = ruleId;
        this.builtIn = builtIn;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces every editable field. */
    public void define(String name, String description, String category, RuleKind kind, String pattern,
                       List<String> keywords, boolean wholeWord, Severity severity, Action action, boolean enabled,
                       int sortOrder, Instant now) {
        this.name = name;
        this.description = description;
        this.category = category;
        this.kind = kind;
        this.pattern = pattern;
        this.keywords = keywords == null || keywords.isEmpty() ? null : String.join("\n", keywords);
        this.wholeWord = wholeWord;
        this.severity = severity;
        this.action = action;
        this.enabled = enabled;
        this.sortOrder = sortOrder;
        this.updatedAt = now;
    }

    public void applyTo(AppliesTo appliesTo) {
        this.appliesTo = appliesTo;
    }

    public void enable(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public String ruleId() { return ruleId; }
    public String name() { return name; }
    public String description() { return description; }
    public String category() { return category; }
    public RuleKind kind() { return kind; }
    public String pattern() { return pattern; }
    public boolean wholeWord() { return wholeWord; }
    public Severity severity() { return severity; }
    public Action action() { return action; }
    public boolean enabled() { return enabled; }
    public AppliesTo appliesTo() { return appliesTo; }
    public boolean builtIn() { return builtIn; }
    public int sortOrder() { return sortOrder; }
    public long revision() { return revision; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }

    public List<String> keywords() {
        return keywords == null || keywords.isEmpty() ? List.of() : Arrays.asList(keywords.split("\n"));
    }
}
