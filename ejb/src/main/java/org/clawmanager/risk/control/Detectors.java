package org.clawmanager.risk.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clawmanager.risk.control.Trigger.Anchors;
import org.clawmanager.risk.control.Trigger.Before;
import org.clawmanager.risk.control.Trigger.RunKind;
import org.clawmanager.risk.control.Trigger.Runs;

/**
 * The built-in detectors, by name. Rules of kind {@code detector} refer to one of these names. Every pattern is
 * bounded (no unbounded repetition), so its longest possible match is known — the streaming inspection needs that.
 */
public final class Detectors {

    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final Runs DIGITS_7 = new Runs(RunKind.DIGITS, 7, 3, 2);

    private static final Map<String, Detector> ALL = new LinkedHashMap<>();

    static {
        add(Detector.of("private_key_marker", "PEM/OpenSSH/PGP private key block",
                "-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----"
                        + "(?:[\\s\\S]{0,8192}?-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----)?",
                8400, new Anchors(List.of("-----begin"), 0, 8400)));
        add(Detector.of("api_key_like", "Provider API keys: OpenAI, Anthropic, AWS, GitHub, GitLab, Slack, Google, "
                        + "Stripe, Hugging Face, npm",
                "(?<![A-Za-z0-9_-])(?:sk-(?:proj-|ant-(?:api\\d\\d-)?|svcacct-)?[A-Za-z0-9_-]{20,200}"
                        + "|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,128}|(?:AKIA|ASIA)[A-Z0-9]{16}"
                        + "|gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255}"
                        + "|xox[abprs]-[A-Za-z0-9-]{10,200}"
                        + "|AIza[0-9A-Za-z_-]{35}|glpat-[A-Za-z0-9_-]{20,64}|hf_[A-Za-z0-9]{30,64}|npm_[A-Za-z0-9]{36})"
                        + "(?![A-Za-z0-9_-])",
                300, new Anchors(List.of("sk-", "sk_", "rk_", "akia", "asia", "ghp_", "gho_", "ghu_", "ghs_", "ghr_",
                        "github_pat_", "xox", "aiza", "glpat-", "hf_", "npm_"), 0, 300, Before.NOT_LETTER_OR_DIGIT)));
        add(Detector.of("credential_assignment", "A password, secret or token assigned a value",
                "(?i)(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key"
                        + "|client[_-]?secret|auth[_-]?token|密码)[\"']?\\s{0,4}[:=：]\\s{0,4}[\"']?"
                        + "(?<redact>[^\\s\"'`,;(){}<>]{4,200})",
                240, new Anchors(List.of("password", "passwd", "pwd", "secret", "token", "api_key", "apikey",
                        "api-key", "access_key", "accesskey", "access-key", "private_key", "privatekey",
                        "private-key", "client_secret", "clientsecret", "client-secret", "密码"), 0, 240)));
        add(Detector.of("private_ip", "Private IPv4 address (RFC 1918)",
                "(?<![\\d.])(?:10(?:\\." + OCTET + "){3}|172\\.(?:1[6-9]|2\\d|3[01])(?:\\." + OCTET + "){2}"
                        + "|192\\.168(?:\\." + OCTET + "){2})(?!\\.?\\d)",
                15, new Runs(RunKind.DIGITS, 4, 0, 0)));
        add(Detector.of("email_address", "E-mail address",
                "(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:" + LABEL.replace("a-z", "A-Za-z")
                        + "\\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])",
                320, new Anchors(List.of("@"), 65, 256, Before.LETTER_OR_DIGIT)));
        add(Detector.of("cn_mobile_number", "Mainland China mobile number",
                "(?<![\\d+])(?:\\+?86[-\\s]?)?1[3-9]\\d(?:[-\\s]?\\d{4}){2}(?![\\d])", 20, DIGITS_7));
        add(Detector.of("cn_id_card", "Chinese resident identity number (checksum verified)",
                "(?<![\\dA-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx]"
                        + "(?![\\dA-Za-z])",
                18, new Runs(RunKind.DIGITS, 17, 0, 1)).validatedBy(Checksums::cnResidentId));
        add(Detector.of("passport_number", "Passport number (Chinese format, or any format next to the word)",
                "(?i)(?:passport|护照)(?:\\s{0,3}(?:no\\.?|number|#|号码?))?\\s{0,3}[:：]?\\s{0,3}"
                        + "(?<redact>[A-Z]{1,2}\\d{6,9})(?![A-Za-z0-9])"
                        + "|(?-i:(?<![A-Za-z0-9])[EG][A-Z]?\\d{7,8}(?![A-Za-z0-9]))",
                40, new Anchors(List.of("passport", "护照"), 0, 40), new Runs(RunKind.DIGITS, 7, 2, 0)));
        add(Detector.of("bank_card_context", "Payment/bank card number (Luhn verified)",
                "(?<![\\d-])(?:\\d[ -]?){12,18}\\d(?!\\d)", 40, new Runs(RunKind.DIGITS, 13, 0, 0))
                .validatedBy(Checksums::paymentCard));
        add(Detector.of("internal_domain_name", "Host in an internal DNS zone (.internal, .corp, .local, .lan ...)",
                "(?i)(?<![a-z0-9.-])(?:" + LABEL + "\\.){1,6}(?:internal|intranet|corp|local|lan|localdomain|private"
                        + "|home\\.arpa)(?![a-z0-9-])",
                260, new Anchors(List.of(".internal", ".intranet", ".corp", ".local", ".lan", ".private",
                        ".home.arpa"), 250, 20, Before.LETTER_OR_DIGIT)));
        add(Detector.of("internal_hostname_pattern", "Environment-style host name (prod-db-01, stg_api_2 ...)",
                "(?i)(?<![a-z0-9-])(?:prod|prd|stg|staging|dev|uat|qa|test)[-_](?:[a-z0-9]{1,20}[-_]){0,4}"
                        + "(?:db|sql|mysql|pg|redis|api|app|web|srv|node|host|vm|k8s|master|worker)[-_]?\\d{1,3}"
                        + "(?![a-z0-9-])",
                120, new Anchors(List.of("prod-", "prod_", "prd-", "prd_", "stg-", "stg_", "staging-", "staging_",
                        "dev-", "dev_", "uat-", "uat_", "qa-", "qa_", "test-", "test_"), 0, 120,
                        Before.NOT_LETTER_OR_DIGIT)));
        add(Detector.of("kubernetes_service_dns", "Kubernetes service DNS name (svc.namespace.svc[.cluster.local])",
                "(?i)(?<![a-z0-9.-])" + LABEL + "\\." + LABEL + "\\.svc(?:\\.cluster\\.local)?(?![a-z0-9-])",
                150, new Anchors(List.of(".svc"), 130, 20, Before.LETTER_OR_DIGIT)));
        add(Detector.of("jwt_token_like", "JSON Web Token",
                "(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,1024}\\.eyJ[A-Za-z0-9_-]{2,2048}\\.[A-Za-z0-9_-]{0,1024}"
                        + "(?![A-Za-z0-9_-])",
                4100, new Anchors(List.of("eyj"), 0, 4100, Before.NOT_LETTER_OR_DIGIT)));
        add(Detector.of("cookie_session_like", "Cookie header or session identifier",
                "(?i)(?<![a-z-])(?:set-)?cookie\\s{0,3}:\\s{0,3}(?<redact>[^\\r\\n]{8,1024})"
                        + "|(?i)(?<![a-z0-9_])(?:sessionid|session_id|jsessionid|phpsessid|connect\\.sid)\\s{0,3}[=:]"
                        + "\\s{0,3}(?<redact2>[A-Za-z0-9%._~+/-]{16,512})",
                1100, new Anchors(List.of("cookie", "sessionid", "session_id", "phpsessid", "connect.sid"), 12,
                        1100, Before.ANY, Trigger.Scope.TOKEN)));
        add(Detector.of("db_connection_string", "Database connection string (URL or key=value form)",
                "(?i)(?<![a-z0-9+])(?:jdbc:)?(?:mysql|mariadb|postgres(?:ql)?|mongodb(?:\\+srv)?|rediss?|mssql"
                        + "|sqlserver|oracle|amqps?|clickhouse)://[^\\s'\"`<>]{3,512}"
                        + "|(?i)(?:server|data source|host)=[^;\\n]{1,128};(?:[^;\\n]{1,128};){0,8}\\s?"
                        + "(?:password|pwd)=[^;\\s]{1,128}",
                1200, new Anchors(List.of("://"), 30, 530, Before.LETTER_OR_DIGIT),
                new Anchors(List.of("server=", "data source=", "host="), 0, 1200)));
        add(Detector.of("url_with_password", "URL carrying a user name and password",
                "(?i)(?<![a-z0-9+.-])[a-z][a-z0-9+.-]{1,20}://[^\\s/:@'\"]{1,64}:(?<redact>[^\\s/@'\"]{1,128})@"
                        + "[^\\s/?#'\"]{1,253}",
                480, new Anchors(List.of("://"), 24, 460, Before.LETTER_OR_DIGIT)));
        add(Detector.of("kubeconfig_content", "Kubeconfig credentials",
                "(?:client-key-data|client-certificate-data|certificate-authority-data)\\s{0,3}:\\s{0,3}"
                        + "(?<redact>[A-Za-z0-9+/=]{16,8192})|(?m)^kind:\\s{0,3}Config\\s*$",
                8300, new Anchors(List.of("-data", "kind:"), 30, 8300, Before.ANY, Trigger.Scope.TOKEN)));
        add(Detector.of("env_file_secret", "Secret in a .env / shell export line",
                "(?m)^[ \\t]{0,8}(?:export[ \\t]{1,4})?[A-Z][A-Z0-9_]{0,40}(?:SECRET|TOKEN|PASSWORD|PASSWD|API_KEY"
                        + "|APIKEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?)[A-Z0-9_]{0,40}[ \\t]{0,4}=[ \\t]{0,4}"
                        + "(?<redact>\"[^\"\\n]{4,512}\"|'[^'\\n]{4,512}'|[^\\s#'\"]{4,512})",
                620, new Anchors(List.of("secret", "token", "password", "passwd", "api_key", "apikey", "access_key",
                        "private_key", "credential"), 100, 540, Before.ANY, Trigger.Scope.TOKEN)));
        add(Detector.of("phone_number", "Phone number (international +CC, North American, European national)",
                "(?<![\\w+])(?:\\+[1-9]\\d{0,2}[\\s.-]?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d{1,4}(?:[\\s.-]?\\d{2,4}){1,4}"
                        + "|\\(\\d{3}\\)\\s?\\d{3}[\\s.-]?\\d{4}|\\d{3}[.-]\\d{3}[.-]\\d{4}"
                        + "|0\\d{2,4}[\\s-]\\d{3,4}[\\s-]?\\d{3,4})(?![\\w-])",
                30, DIGITS_7).validatedBy(Checksums::phone));
        add(Detector.of("us_ssn", "US Social Security number",
                "(?<![\\d-])(?!000|666|9\\d\\d)\\d{3}([- ])(?!00)\\d{2}\\1(?!0000)\\d{4}(?![\\d-])",
                11, new Runs(RunKind.DIGITS, 9, 0, 0)));
        add(Detector.of("uk_nino", "UK National Insurance number",
                "(?<![A-Za-z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2}"
                        + " ?[A-D](?![A-Za-z0-9])",
                13, new Runs(RunKind.DIGITS, 6, 3, 2)));
        add(Detector.of("iban", "International bank account number (mod-97 verified)",
                "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])", 42,
                new Runs(RunKind.COUNTRY_CODE, 1, 0, 42)).validatedBy(Checksums::iban));
        add(Detector.of("ip_address", "Any IPv4 or IPv6 address",
                "(?<![\\d.])" + OCTET + "(?:\\." + OCTET + "){3}(?!\\.?\\d)"
                        + "|(?<![0-9A-Fa-f:.])(?:[0-9A-Fa-f]{0,4}:){2,7}"
                        + "(?:[0-9A-Fa-f]{1,4}|(?:\\d{1,3}\\.){3}\\d{1,3})?"
                        + "(?![0-9A-Fa-f:])",
                45, new Runs(RunKind.DIGITS, 4, 0, 0), new Runs(RunKind.HEX_COLON, 2, 0, 0))
                .validatedBy(s -> s.indexOf(':') < 0 || Checksums.ipv6(s)));
    }

    private Detectors() {
    }

    private static void add(Detector d) {
        ALL.put(d.name(), d);
    }

    static Optional<Detector> byName(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    /** Names and descriptions of every detector, for the API and documentation. */
    public static Map<String, String> catalog() {
        Map<String, String> m = new LinkedHashMap<>();
        ALL.forEach((k, v) -> m.put(k, v.description()));
        return m;
    }
}
