package it.org.clawmanager.identity;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Api.Session;
import it.org.clawmanager.support.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CSV import: every row is reported; good rows are created, bad rows rejected with their reason. */
class UserImportIT {

    private final Session admin = Api.admin();

    private Reply importCsv(String csv) {
        return admin.send("POST", "/api/users/import", csv, "text/csv");
    }

    @Test
    void reportsEveryRowAndCreatesOnlyTheValidOnes() {
        String p = Api.uniqueName("imp").replace("-", "");
        Session existing = Api.newUser("user");
        String csv = String.join("\n",
                "username,email,role,password,displayName,max_instances,maxCpuCores",
                p + "a," + p + "a@example.com,operator," + Api.PASSWORD + ",\"Ann, the Operator\",4,2.5",
                p + "b,,user,,,,",
                p + "a,dup@example.com,user,,,,",
                existing.username() + ",,user,,,,",
                p + "c,not-an-email,user,,,,",
                p + "d,,boss,,,,",
                p + "e,,user,short,,,",
                p + "f,,user,,,many,",
                "",
                "BAD NAME,,user,,,,");
        Reply r = importCsv(csv);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonObject report = r.json();
        assertThat(report.getInt("total")).isEqualTo(9);
        assertThat(report.getInt("imported")).isEqualTo(2);
        assertThat(report.getInt("rejected")).isEqualTo(7);
        List<JsonObject> rows = report.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows).extracting(row -> row.getInt("line")).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 11);
        assertThat(rows.get(0).getString("status")).isEqualTo("imported");
        assertThat(rows.get(0).containsKey("generatedPassword") && !rows.get(0).isNull("generatedPassword")).isFalse();
        assertThat(rows.get(1).getString("status")).isEqualTo("imported");
        String generated = rows.get(1).getString("generatedPassword");
        assertThat(rows.get(2).getString("reason")).contains("more than once");
        assertThat(rows.get(3).getString("reason")).contains("already taken");
        assertThat(rows.get(4).getString("reason")).contains("email");
        assertThat(rows.get(5).getString("reason")).contains("role");
        assertThat(rows.get(6).getString("reason")).contains("password");
        assertThat(rows.get(7).getString("reason")).contains("maxInstances");
        assertThat(rows.get(8).getString("reason")).contains("username");

        Session ann = Api.login(p + "a", Api.PASSWORD);
        assertThat(ann.user().getString("role")).isEqualTo("operator");
        assertThat(ann.user().getString("displayName")).isEqualTo("Ann, the Operator");
        JsonObject quota = ann.get("/api/users/me/quota").json();
        assertThat(quota.getInt("maxInstances")).isEqualTo(4);
        assertThat(quota.getJsonNumber("maxCpuCores").doubleValue()).isEqualTo(2.5);
        assertThat(Api.login(p + "b", generated).get("/api/users/me").status()).isEqualTo(200);
        assertThat(admin.get("/api/users?q=" + p + "c").json().getInt("total")).isZero();

        Reply audit = admin.get("/api/audit?action=user.create&targetType=user&size=200");
        assertThat(audit.body()).contains(p + "a").contains(p + "b").doesNotContain(generated)
                .doesNotContain(Api.PASSWORD);
    }

    @Test
    void aBadHeaderOrEmptyFileIsRejectedAsAWhole() {
        Reply unknownColumn = importCsv("username,shoe_size\nbob,44\n");
        assertThat(unknownColumn.isProblem(400)).as(unknownColumn.toString()).isTrue();
        assertThat(unknownColumn.json().getString("detail")).contains("shoe_size");
        Reply noUsername = importCsv("email,role\na@b.c,user\n");
        assertThat(noUsername.isProblem(400)).isTrue();
        assertThat(importCsv("").isProblem(400)).isTrue();
        Reply unterminated = importCsv("username\n\"bob\n");
        assertThat(unterminated.isProblem(400)).as(unterminated.toString()).isTrue();
    }

    @Test
    void limitsRowsAndBytes() {
        StringBuilder many = new StringBuilder("username\n");
        for (int i = 0; i < 1001; i++) {
            many.append("row").append(i).append("x\n");
        }
        Reply tooMany = importCsv(many.toString());
        assertThat(tooMany.isProblem(400)).as(tooMany.toString()).isTrue();
        assertThat(tooMany.json().getString("detail")).contains("1000");
        Reply tooBig = importCsv("username\n" + "x".repeat(3 * 1024 * 1024));
        assertThat(tooBig.isProblem(413)).as(tooBig.toString()).isTrue();
    }

    @Test
    void onlyAdminsImportAndOnlyAsCsv() {
        Session operator = Api.newUser("operator");
        assertThat(operator.send("POST", "/api/users/import", "username\nzed\n", "text/csv").isProblem(403)).isTrue();
        assertThat(Api.anonymous().send("POST", "/api/users/import", "username\nzed\n", "text/csv").isProblem(401))
                .isTrue();
        Reply json = admin.send("POST", "/api/users/import", "{\"username\":\"zed\"}", "application/json",
                Map.of());
        assertThat(json.isProblem(415)).as(json.toString()).isTrue();
    }
}
