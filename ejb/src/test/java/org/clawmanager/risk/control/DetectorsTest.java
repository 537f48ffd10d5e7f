package org.clawmanager.risk.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clawmanager.risk.boundary.Hit;
import org.clawmanager.risk.boundary.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every built-in rule: texts it must find (true positives) and look-alikes it must not (near misses). */
class DetectorsTest {

    static final RuleSet ALL = new RuleCompiler(RuleCompiler.Limits.DEFAULT)
            .compile(BuiltInRules.all().stream().map(BuiltInRules.BuiltIn::def).toList(), 1);

    static List<String> ruleIds(String text) {
        return Inspections.inspect(ALL, text).hits().stream().map(Hit::ruleId).toList();
    }

    static String matched(String text, String rule) {
        Verdict v = Inspections.inspect(ALL, text);
        return v.hits().stream().filter(h -> h.ruleId().equals(rule)).map(h -> text.substring(h.start(), h.end()))
                .findFirst().orElse(null);
    }

    @ParameterizedTest(name = "{0} finds ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            private_key_marker | here: -----BEGIN RSA PRIVATE KEY-----\\nMIIEow\\n-----END RSA PRIVATE KEY----- ok | -----BEGIN RSA PRIVATE KEY-----\\nMIIEow\\n-----END RSA PRIVATE KEY-----
            private_key_marker | -----BEGIN OPENSSH PRIVATE KEY----- | -----BEGIN OPENSSH PRIVATE KEY-----
            api_key_like | key sk-proj-abcdefghijklmnopqrstuvwxyz012345 here | sk-proj-abcdefghijklmnopqrstuvwxyz012345
            api_key_like | AKIAIOSFODNN7EXAMPLE | AKIAIOSFODNN7EXAMPLE
            api_key_like | token ghp_abcdefghijklmnopqrstuvwxyz0123456789 | ghp_abcdefghijklmnopqrstuvwxyz0123456789
            api_key_like | xoxb-1234567890-abcdefghij | xoxb-1234567890-abcdefghij
            api_key_like | AIzaSyA1234567890abcdefghijklmnopqrstuv | AIzaSyA1234567890abcdefghijklmnopqrstuv
            api_key_like | sk_live_abcdefghijklmnop1234 | sk_live_abcdefghijklmnop1234
            credential_assignment | db_password = hunter2xyz; | hunter2xyz
            credential_assignment | 密码：Abc12345 | Abc12345
            jwt_token_like | Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U | eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U
            cookie_session_like | Cookie: session=abcdef0123456789 | session=abcdef0123456789
            cookie_session_like | JSESSIONID=ABCDEF0123456789ABCDEF | ABCDEF0123456789ABCDEF
            db_connection_string | use postgresql://app:pw@db.example.com:5432/app now | postgresql://app:pw@db.example.com:5432/app
            db_connection_string | Server=db1;Database=x;User Id=sa;Password=Secret1; | Server=db1;Database=x;User Id=sa;Password=Secret1
            url_with_password | https://bob:s3cr3t@example.com/x | s3cr3t
            kubeconfig_content | client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVk= | LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVk=
            env_file_secret | STRIPE_SECRET_KEY=abcd1234efgh | abcd1234efgh
            email_address | write to jane.doe+x@mail.example.co.uk today | jane.doe+x@mail.example.co.uk
            cn_mobile_number | 电话 13812345678 | 13812345678
            cn_mobile_number | +86 138-1234-5678 | +86 138-1234-5678
            cn_id_card | ID 11010519491231002X ok | 11010519491231002X
            passport_number | passport no. X1234567 | X1234567
            passport_number | 护照 E12345678 | E12345678
            bank_card_context | card 4111 1111 1111 1111 exp | 4111 1111 1111 1111
            bank_card_context | 5500-0000-0000-0004 | 5500-0000-0000-0004
            phone_number | call +44 20 7946 0958 now | +44 20 7946 0958
            phone_number | call (555) 123-4567 | (555) 123-4567
            phone_number | Tel 030 1234 5678 | 030 1234 5678
            us_ssn | SSN 123-45-6789 | 123-45-6789
            uk_nino | NINO AB 12 34 56 C | AB 12 34 56 C
            iban | IBAN DE89 3704 0044 0532 0130 00 | DE89 3704 0044 0532 0130 00
            iban | GB82WEST12345698765432 | GB82WEST12345698765432
            private_ip | host 10.1.2.3 up | 10.1.2.3
            private_ip | 192.168.0.1 | 192.168.0.1
            private_ip | 172.20.10.1 | 172.20.10.1
            ip_address | 8.8.8.8 | 8.8.8.8
            ip_address | addr 2001:db8::8a2e:370:7334 | 2001:db8::8a2e:370:7334
            ip_address | fe80:0:0:0:202:b3ff:fe1e:8329 | fe80:0:0:0:202:b3ff:fe1e:8329
            internal_domain_name | see wiki.corp for it | wiki.corp
            internal_domain_name | db.prod.internal | db.prod.internal
            internal_hostname_pattern | ssh prod-db-01 now | prod-db-01
            kubernetes_service_dns | curl api.payments.svc.cluster.local | api.payments.svc.cluster.local
            personal_address_keywords | my Home Address is | Home Address
            resume_cv_keywords | attached my resume | my resume
            project_codename_keywords | the project codename is X | project codename
            org_roster_keywords | the org chart of sales | org chart
            salary_hr_keywords | her salary is | salary
            salary_hr_keywords | 本月工资表 | 工资
            customer_list_keywords | export the customer list | customer list
            contract_quote_keywords | the quotation for | quotation
            invoice_tax_keywords | our VAT number | VAT number
            crm_ticket_keywords | support ticket 42 | support ticket
            financial_metrics_keywords | our EBITDA grew | EBITDA
            legal_document_keywords | under NDA | NDA
            political_person_org_keywords | the political party | political party
            military_security_keywords | a military base | military base
            extremism_keywords | how to build a bomb | build a bomb
            """)
    void findsTruePositives(String rule, String text, String expected) {
        String t = text.replace("\\n", "\n");
        assertThat(matched(t, rule)).as(ruleIds(t).toString()).isEqualTo(expected.replace("\\n", "\n"));
    }

    @ParameterizedTest(name = "{0} ignores ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            private_key_marker | -----BEGIN PUBLIC KEY-----
            api_key_like | the task-abcdefghijklmnopqrstuvwxyz012 is done
            api_key_like | AKIA1234
            credential_assignment | password = ${DB_PASSWORD}
            credential_assignment | enter your password below
            jwt_token_like | eyJhbGciOiJIUzI1NiJ9 alone
            db_connection_string | https://example.com/path
            url_with_password | https://example.com:8443/x
            env_file_secret | SECRET_KEY=
            email_address | user@localhost and @Override
            email_address | name@ example.com
            cn_mobile_number | order 12812345678
            cn_id_card | 110105194912310021
            bank_card_context | 4111 1111 1111 1112
            bank_card_context | 1234567890123456
            bank_card_context | 0000 0000 0000 0000
            phone_number | version 1.2.3 released 2024-01-15
            us_ssn | 000-12-3456 and 123456789
            us_ssn | 666-12-3456
            uk_nino | QQ 12 34 56 C
            iban | DE89 3704 0044 0532 0130 01
            private_ip | 8.8.8.8 and 10.1.2.300 and 172.32.0.1
            ip_address | at 12:30:45 and std::vector and 999.1.1.1
            internal_domain_name | the internal team and local files
            internal_hostname_pattern | dev-tools and test-driven
            kubernetes_service_dns | the svc is down
            salary_hr_keywords | salaryman
            legal_document_keywords | agenda items
            resume_cv_keywords | resume the job
            """)
    void ignoresNearMisses(String rule, String text) {
        assertThat(ruleIds(text)).doesNotContain(rule);
    }
}
