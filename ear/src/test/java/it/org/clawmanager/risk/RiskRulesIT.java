package it.org.clawmanager.risk;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Api.Session;
import it.org.clawmanager.support.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The risk-rule API end to end: built-ins seeded, CRUD, enable/disable, test endpoint, counters, audit. */
class RiskRulesIT {

    static final String BASE = "/api/gateway/risk-rules";

    static String uniqueId() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String regexRule(String id, String pattern, String action) {
        return """
                {"ruleId": "%s", "name": "IT rule", "kind": "regex", "pattern": "%s", "severity": "high",
                 "action": "%s", "category": "custom"}""".formatted(id, pattern, action);
    }

    @Test
    void theBuiltInRulesAreSeededWithTheReferenceIds() {
        Reply r = Api.admin().get(BASE);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        var ids = r.jsonArray().stream().map(v -> v.asJsonObject().getString("ruleId")).toList();
        assertThat(ids).contains("private_key_marker", "api_key_like", "credential_assignment", "private_ip",
                "email_address", "cn_mobile_number", "cn_id_card", "passport_number", "bank_card_context",
                "personal_address_keywords", "resume_cv_keywords", "internal_domain_name",
                "internal_hostname_pattern", "kubernetes_service_dns", "project_codename_keywords",
                "org_roster_keywords", "salary_hr_keywords", "customer_list_keywords", "contract_quote_keywords",
                "invoice_tax_keywords", "crm_ticket_keywords", "jwt_token_like", "cookie_session_like",
                "db_connection_string", "kubeconfig_content", "env_file_secret", "financial_metrics_keywords",
                "legal_document_keywords", "political_person_org_keywords", "military_security_keywords",
                "extremism_keywords", "phone_number", "us_ssn", "uk_nino", "iban", "url_with_password");
        JsonObject first = r.jsonArray().get(0).asJsonObject();
        assertThat(first.getBoolean("builtIn")).isTrue();
        assertThat(first.containsKey("hitsTotal")).isTrue();
        assertThat(first.containsKey("hits24h")).isTrue();
    }

    @Test
    void theTestEndpointRedactsAndReportsOffsets() {
        String text = "mail jane.doe@example.com, card 4111 1111 1111 1111";
        Reply r = Api.admin().post(BASE + "/test", "{\"text\": \"" + text + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonObject v = r.json();
        assertThat(v.getString("action")).isEqualTo("redact");
        assertThat(v.getString("redacted")).isEqualTo(
                "mail [REDACTED:EMAIL_ADDRESS], card [REDACTED:BANK_CARD_CONTEXT]");
        JsonObject hit = v.getJsonArray("hits").getJsonObject(0);
        assertThat(hit.getString("ruleId")).isEqualTo("email_address");
        assertThat(text.substring(hit.getInt("start"), hit.getInt("end"))).isEqualTo("jane.doe@example.com");
        assertThat(hit.getString("excerpt")).doesNotContain("jane.doe@example.com");
    }

    @Test
    void operatorsMayTestAndRead() {
        Session operator = Api.newUser("operator");
        assertThat(operator.post(BASE + "/test", "{\"text\": \"hello\", \"direction\": \"response\"}").status())
                .isEqualTo(200);
        assertThat(operator.get(BASE + "/email_address").status()).isEqualTo(200);
        assertThat(operator.post(BASE + "/email_address/disable", "").isProblem(403)).isTrue();
    }

    @Test
    void aCreatedRuleIsAppliedAtOnceAndCanBeDisabledAndDeleted() {
        Session admin = Api.admin();
        String id = uniqueId();
        String word = "zorblax" + id.substring(3);
        Reply created = admin.post(BASE, regexRule(id, "(?i)" + word, "block"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(BASE + "/" + id));
        assertThat(created.json().getBoolean("builtIn")).isFalse();

        Reply t = admin.post(BASE + "/test", "{\"text\": \"say " + word.toUpperCase() + " now\"}");
        assertThat(t.json().getString("action")).isEqualTo("block");
        assertThat(t.json().getJsonArray("hits").getJsonObject(0).getString("ruleId")).isEqualTo(id);

        assertThat(admin.post(BASE + "/" + id + "/disable", "").json().getBoolean("enabled")).isFalse();
        assertThat(admin.post(BASE + "/test", "{\"text\": \"say " + word + "\"}").json().getString("action"))
                .isEqualTo("allow");
        assertThat(admin.post(BASE + "/" + id + "/enable", "").json().getBoolean("enabled")).isTrue();

        Reply updated = admin.put(BASE + "/" + id, """
                {"name": "IT keywords", "kind": "keywords", "keywords": ["%s", "other phrase"], "severity": "low",
                 "action": "redact"}""".formatted(word));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().getString("kind")).isEqualTo("keywords");
        assertThat(updated.json().getJsonArray("keywords")).hasSize(2);
        Reply t2 = admin.post(BASE + "/test", "{\"text\": \"a " + word + " b\"}");
        assertThat(t2.json().getString("redacted")).isEqualTo("a [REDACTED:" + id.toUpperCase().replace('-', '_')
                + "] b");

        assertThat(admin.get("/api/audit?action=risk-rule.*&targetId=" + id).json().getJsonArray("items"))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(admin.delete(BASE + "/" + id).status()).isEqualTo(204);
        assertThat(admin.get(BASE + "/" + id).isProblem(404)).isTrue();
        assertThat(admin.post(BASE + "/test", "{\"text\": \"a " + word + " b\"}").json().getString("action"))
                .isEqualTo("allow");
    }

    @Test
    void bulkEnableSwitchesSeveralRulesOrNone() {
        Session admin = Api.admin();
        String a = uniqueId();
        String b = uniqueId();
        admin.post(BASE, regexRule(a, "alpha" + a.substring(3), "block"));
        admin.post(BASE, regexRule(b, "beta" + b.substring(3), "block"));
        Reply off = admin.post(BASE + "/bulk-enable",
                "{\"ruleIds\": [\"" + a + "\", \"" + b + "\"], \"enabled\": false}");
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.jsonArray()).hasSize(2)
                .allSatisfy(v -> assertThat(v.asJsonObject().getBoolean("enabled")).isFalse());
        assertThat(admin.post(BASE + "/test", "{\"text\": \"alpha" + a.substring(3) + "\"}").json().getString("action"))
                .isEqualTo("allow");

        Reply partial = admin.post(BASE + "/bulk-enable",
                "{\"ruleIds\": [\"" + a + "\", \"no-such-rule\"], \"enabled\": true}");
        assertThat(partial.isProblem(404)).as(partial.toString()).isTrue();
        assertThat(admin.get(BASE + "/" + a).json().getBoolean("enabled")).as("all or nothing").isFalse();
        Reply empty = admin.post(BASE + "/bulk-enable", "{\"ruleIds\": [], \"enabled\": true}");
        assertThat(empty.isProblem(400)).as(empty.toString()).isTrue();
        admin.delete(BASE + "/" + a);
        admin.delete(BASE + "/" + b);
    }

    @Test
    void aRuleForResponsesDoesNotInspectPrompts() {
        Session admin = Api.admin();
        String id = uniqueId();
        String word = "gazorpa" + id.substring(3);
        Reply created = admin.post(BASE, """
                {"ruleId": "%s", "name": "IT output", "kind": "keywords", "keywords": ["%s"], "severity": "low",
                 "action": "block", "appliesTo": "response"}""".formatted(id, word));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("appliesTo")).isEqualTo("response");
        String sample = "{\"text\": \"x " + word + " y\", \"direction\": \"%s\"}";
        assertThat(admin.post(BASE + "/test", sample.formatted("request")).json().getString("action"))
                .isEqualTo("allow");
        assertThat(admin.post(BASE + "/test", sample.formatted("response")).json().getString("action"))
                .isEqualTo("block");
        Reply bad = admin.post(BASE,
                regexRule(uniqueId(), "x", "allow").replace("}", ", \"appliesTo\": \"sideways\"}"));
        assertThat(bad.isProblem(400)).as(bad.toString()).isTrue();
        admin.delete(BASE + "/" + id);
    }

    @Test
    void builtInsCanBeEditedAndDisabledButNotDeleted() {
        Session admin = Api.admin();
        Reply r = admin.delete(BASE + "/email_address");
        assertThat(r.isProblem(409)).as(r.toString()).isTrue();
        assertThat(r.code()).isEqualTo("risk-rule-built-in");
    }

    @Test
    void duplicateIdsConflict() {
        Session admin = Api.admin();
        String id = uniqueId();
        assertThat(admin.post(BASE, regexRule(id, "abc\\\\d", "allow")).status()).isEqualTo(201);
        Reply again = admin.post(BASE, regexRule(id, "abc", "allow"));
        assertThat(again.isProblem(409)).as(again.toString()).isTrue();
        admin.delete(BASE + "/" + id);
    }

    @Test
    void invalidRegexIsA400NamingTheField() {
        Reply r = Api.admin().post(BASE, regexRule(uniqueId(), "([a-z", "block"));
        assertThat(r.isProblem(400)).as(r.toString()).isTrue();
        assertThat(r.body()).contains("pattern").contains("regular expression");
    }

    @Test
    void catastrophicBacktrackingIsRefused() {
        Reply r = Api.admin().post(BASE, regexRule(uniqueId(), "(x+x+)+y", "block"));
        assertThat(r.isProblem(400)).as(r.toString()).isTrue();
        assertThat(r.body()).contains("pattern").contains("backtrack");
    }

    @Test
    void unknownDetectorsAndEmptyKeywordListsAreRefused() {
        Session admin = Api.admin();
        Reply d = admin.post(BASE, """
                {"ruleId": "%s", "name": "x", "kind": "detector", "pattern": "no_such", "severity": "low",
                 "action": "allow"}""".formatted(uniqueId()));
        assertThat(d.isProblem(400)).as(d.toString()).isTrue();
        Reply k = admin.post(BASE, """
                {"ruleId": "%s", "name": "x", "kind": "keywords", "keywords": [], "severity": "low",
                 "action": "allow"}""".formatted(uniqueId()));
        assertThat(k.isProblem(400)).as(k.toString()).isTrue();
        assertThat(k.body()).contains("keywords");
    }

    @Test
    void wrongEnumsAndIdsAreRefused() {
        Session admin = Api.admin();
        for (String body : new String[]{regexRule("Bad Id!", "x", "block"), regexRule(uniqueId(), "x", "explode"),
                "{\"ruleId\": \"" + uniqueId() + "\", \"name\": \"x\", \"kind\": \"magic\", \"severity\": \"low\","
                        + " \"action\": \"allow\"}"}) {
            Reply r = admin.post(BASE, body);
            assertThat(r.isProblem(400)).as(r.toString()).isTrue();
        }
    }

    @Test
    void unknownRulesAre404() {
        Session admin = Api.admin();
        for (Reply r : new Reply[]{admin.get(BASE + "/no-such-rule"), admin.delete(BASE + "/no-such-rule"),
                admin.post(BASE + "/no-such-rule/enable", ""),
                admin.put(BASE + "/no-such-rule", regexRule("no-such-rule", "x", "allow"))}) {
            assertThat(r.isProblem(404)).as(r.toString()).isTrue();
        }
    }

    @Test
    void oversizedTestTextIsRefused() {
        Reply r = Api.admin().post(BASE + "/test", "{\"text\": \"" + "x".repeat(70_000) + "\"}");
        assertThat(r.isProblem(400)).as(r.toString()).isTrue();
        Reply huge = Api.admin().post(BASE + "/test", "{\"text\": \"" + "x".repeat(1_100_000) + "\"}");
        assertThat(huge.isProblem(413)).as(huge.toString()).isTrue();
    }

    @Test
    void theDetectorCatalogIsListed() {
        Reply r = Api.admin().get(BASE + "/detectors");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().keySet()).contains("email_address", "iban", "us_ssn", "bank_card_context");
        assertThat(r.json().get("iban").getValueType()).isEqualTo(JsonValue.ValueType.STRING);
    }
}
