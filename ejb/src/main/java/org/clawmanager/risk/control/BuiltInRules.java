package org.clawmanager.risk.control;

import static org.clawmanager.risk.boundary.Action.BLOCK;
import static org.clawmanager.risk.boundary.Action.REDACT;
import static org.clawmanager.risk.boundary.Action.REROUTE;
import static org.clawmanager.risk.entity.Severity.CRITICAL;
import static org.clawmanager.risk.entity.Severity.HIGH;
import static org.clawmanager.risk.entity.Severity.LOW;
import static org.clawmanager.risk.entity.Severity.MEDIUM;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clawmanager.risk.boundary.Action;
import org.clawmanager.risk.entity.RuleKind;
import org.clawmanager.risk.entity.Severity;

/**
 * The rules every installation starts with: the 31 rule ids and categories of the reference system (which ships
 * them all as regexes with the reroute action) plus detectors it lacks (phone numbers, US SSN, UK NINO, IBAN, any IP,
 * URLs with passwords). Secrets and personal data are redacted, private keys block, business and political topics
 * reroute to the secure model. Administrators may edit or disable any of them; they are seeded once.
 */
public final class BuiltInRules {

    /** A seeded rule and its place in the list. */
    public record BuiltIn(RuleDef def, String description, int sortOrder) {
    }

    private BuiltInRules() {
    }

    public static List<BuiltIn> all() {
        List<BuiltIn> l = new ArrayList<>();
        // security
        detector(l, "private_key_marker", "Private key", "security", CRITICAL, BLOCK);
        detector(l, "api_key_like", "API key", "security", HIGH, REDACT);
        detector(l, "credential_assignment", "Credential assignment", "security", HIGH, REDACT);
        detector(l, "jwt_token_like", "JSON Web Token", "security", HIGH, REDACT);
        detector(l, "cookie_session_like", "Cookie / session id", "security", MEDIUM, REDACT);
        detector(l, "db_connection_string", "Database connection string", "security", HIGH, REDACT);
        detector(l, "kubeconfig_content", "Kubeconfig credentials", "security", HIGH, REDACT);
        detector(l, "env_file_secret", ".env secret", "security", HIGH, REDACT);
        detector(l, "url_with_password", "URL with password", "security", HIGH, REDACT);
        // personal
        detector(l, "email_address", "E-mail address", "personal", MEDIUM, REDACT);
        detector(l, "cn_mobile_number", "China mobile number", "personal", MEDIUM, REDACT);
        detector(l, "cn_id_card", "China resident ID", "personal", HIGH, REDACT);
        detector(l, "passport_number", "Passport number", "personal", HIGH, REDACT);
        detector(l, "bank_card_context", "Bank / payment card", "personal", HIGH, REDACT);
        detector(l, "phone_number", "Phone number", "personal", MEDIUM, REDACT);
        detector(l, "us_ssn", "US Social Security number", "personal", HIGH, REDACT);
        detector(l, "uk_nino", "UK National Insurance number", "personal", HIGH, REDACT);
        detector(l, "iban", "IBAN", "personal", HIGH, REDACT);
        keywords(l, "personal_address_keywords", "Home address", "personal", LOW, REROUTE,
                "home address", "residential address", "mailing address", "street address", "家庭住址", "住址",
                "收货地址", "详细地址", "居住地址");
        keywords(l, "resume_cv_keywords", "Resume / CV", "personal", LOW, REROUTE,
                "curriculum vitae", "my resume", "candidate resume", "work experience", "employment history",
                "简历", "工作经历", "教育背景", "求职意向");
        // company
        detector(l, "private_ip", "Private IP address", "company", LOW, REROUTE);
        detector(l, "internal_domain_name", "Internal domain", "company", LOW, REROUTE);
        detector(l, "internal_hostname_pattern", "Internal host name", "company", LOW, REROUTE);
        detector(l, "kubernetes_service_dns", "Kubernetes service DNS", "company", LOW, REROUTE);
        keywords(l, "project_codename_keywords", "Project codename", "company", MEDIUM, REROUTE,
                "project codename", "code name", "codename", "internal only", "confidential project",
                "unreleased product", "项目代号", "内部项目", "未发布产品");
        keywords(l, "org_roster_keywords", "Organisation roster", "company", MEDIUM, REROUTE,
                "org chart", "organization chart", "organisation chart", "employee roster", "staff list",
                "employee list", "headcount plan", "组织架构", "花名册", "员工名单", "通讯录");
        keywords(l, "salary_hr_keywords", "Salary / HR", "company", MEDIUM, REROUTE,
                "salary", "salaries", "payroll", "compensation package", "performance review", "bonus pool",
                "layoff", "severance", "工资", "薪资", "薪酬", "绩效考核", "裁员", "年终奖");
        // customer
        keywords(l, "customer_list_keywords", "Customer list", "customer", MEDIUM, REROUTE,
                "customer list", "client list", "customer database", "customer records", "lead list",
                "客户名单", "客户列表", "客户资料", "客户信息");
        keywords(l, "contract_quote_keywords", "Contract / quote", "customer", MEDIUM, REROUTE,
                "contract value", "quotation", "price quote", "master service agreement", "statement of work",
                "purchase order", "合同金额", "报价单", "采购合同", "销售合同");
        keywords(l, "invoice_tax_keywords", "Invoice / tax", "customer", MEDIUM, REROUTE,
                "invoice number", "tax id", "vat number", "tax identification number", "发票号码", "税号",
                "纳税人识别号", "增值税发票");
        keywords(l, "crm_ticket_keywords", "CRM / ticket", "customer", LOW, REROUTE,
                "crm export", "salesforce export", "support ticket", "ticket id", "opportunity pipeline",
                "工单", "商机", "客户跟进");
        // finance & legal
        keywords(l, "financial_metrics_keywords", "Financial metrics", "financeLegal", MEDIUM, REROUTE,
                "revenue forecast", "quarterly revenue", "gross margin", "ebitda", "profit and loss",
                "balance sheet", "cash flow statement", "earnings before", "营收", "毛利率", "利润表",
                "资产负债表", "现金流量表", "财务报表");
        keywords(l, "legal_document_keywords", "Legal document", "financeLegal", MEDIUM, REROUTE,
                "non-disclosure agreement", "nda", "litigation", "lawsuit", "settlement agreement",
                "attorney-client", "privileged and confidential", "保密协议", "诉讼", "律师函", "法律意见书");
        // political
        keywords(l, "political_person_org_keywords", "Political persons / organisations", "political", MEDIUM,
                REROUTE, "political party", "head of state", "election fraud", "regime change", "政党",
                "国家领导人", "选举舞弊", "政权");
        keywords(l, "military_security_keywords", "Military / national security", "political", HIGH, REROUTE,
                "military base", "troop deployment", "weapons system", "classified information",
                "national security", "军事基地", "部队部署", "武器系统", "国家机密");
        keywords(l, "extremism_keywords", "Extremism", "political", HIGH, REROUTE,
                "terrorist attack", "make a bomb", "build a bomb", "extremist propaganda", "radicalization",
                "恐怖袭击", "制造炸弹", "极端主义");
        // detectors that record only
        detector(l, "ip_address", "IP address", "company", LOW, Action.ALLOW);
        return List.copyOf(l);
    }

    private static void detector(List<BuiltIn> l, String id, String name, String category, Severity severity,
                                 Action action) {
        l.add(new BuiltIn(new RuleDef(id, name, category, RuleKind.DETECTOR, id, List.of(), false, severity, action,
                true), Detectors.catalog().get(id), (l.size() + 1) * 10));
    }

    private static void keywords(List<BuiltIn> l, String id, String name, String category, Severity severity,
                                 Action action, String... words) {
        l.add(new BuiltIn(new RuleDef(id, name, category, RuleKind.KEYWORDS, null, Arrays.asList(words), true,
                severity, action, true), "Keyword list: " + name.toLowerCase(java.util.Locale.ROOT),
                (l.size() + 1) * 10));
    }
}
