package it.org.clawmanager.identity;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Api.Session;
import it.org.clawmanager.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Admin management of accounts and quotas, and what users may do with their own profile. */
class UsersIT {

    private final Session admin = Api.admin();

    private static String json(Object... kv) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            if (v instanceof Number n) {
                b.add((String) kv[i], Json.createValue(n.toString().contains(".") ? n.doubleValue() : n.longValue()));
            } else {
                b.add((String) kv[i], String.valueOf(v));
            }
        }
        return b.build().toString();
    }

    @Test
    void createWithoutPasswordReturnsAGeneratedOneThatWorksOnce() {
        String name = Api.uniqueName("gen");
        Reply created = admin.post("/api/users", json("username", name, "email", name + "@example.com"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).get().asString().endsWith("/api/users/" + created.json()
                .getJsonObject("user").getJsonNumber("id").longValue());
        String generated = created.json().getString("generatedPassword");
        assertThat(generated).hasSize(20);
        assertThat(created.json().getJsonObject("user").getString("role")).isEqualTo("user");
        assertThat(Api.login(name, generated).get("/api/users/me").status()).isEqualTo(200);
        long id = created.json().getJsonObject("user").getJsonNumber("id").longValue();
        assertThat(admin.get("/api/users/" + id).body()).doesNotContain(generated);
    }

    @Test
    void duplicateUsernameIsAConflictAndNothingIsWritten() {
        Session user = Api.newUser("user");
        Reply dup = admin.post("/api/users", json("username", user.username(), "password", Api.PASSWORD));
        assertThat(dup.isProblem(409)).as(dup.toString()).isTrue();
        assertThat(dup.code()).isEqualTo("username-taken");
        Reply list = admin.get("/api/users?q=" + user.username());
        assertThat(list.json().getInt("total")).isEqualTo(1);
    }

    @Test
    void listFiltersBySearchRoleAndStatusAndPages() {
        String tag = Api.uniqueName("page").replace("-", "");
        for (int i = 0; i < 3; i++) {
            assertThat(admin.post("/api/users", json("username", tag + "op" + i, "role", "operator", "password",
                    Api.PASSWORD)).status()).isEqualTo(201);
        }
        Reply page0 = admin.get("/api/users?q=" + tag + "&role=operator&size=2&page=0");
        assertThat(page0.json().getInt("total")).isEqualTo(3);
        assertThat(page0.json().getJsonArray("items")).hasSize(2);
        Reply page1 = admin.get("/api/users?q=" + tag + "&role=operator&size=2&page=1");
        assertThat(page1.json().getJsonArray("items")).hasSize(1);
        assertThat(admin.get("/api/users?q=" + tag + "&role=admin").json().getInt("total")).isZero();
        assertThat(admin.get("/api/users?role=superuser").isProblem(400)).isTrue();
        assertThat(admin.get("/api/users?status=sleeping").isProblem(400)).isTrue();
    }

    @Test
    void disablingAUserEndsTheirSessionsAndBlocksLogin() {
        Session user = Api.newUser("user");
        Reply disabled = admin.patch("/api/users/" + user.userId(), json("status", "disabled"));
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(disabled.json().getString("status")).isEqualTo("disabled");
        assertThat(user.get("/api/users/me").isProblem(401)).isTrue();
        Reply login = Api.anonymous().post("/api/auth/login", json("username", user.username(), "password", Api.PASSWORD));
        assertThat(login.isProblem(401)).isTrue();

        assertThat(admin.patch("/api/users/" + user.userId(), json("status", "active")).status()).isEqualTo(200);
        assertThat(Api.login(user.username(), Api.PASSWORD).get("/api/users/me").status()).isEqualTo(200);
    }

    @Test
    void roleChangeTakesEffectOnTheNextLogin() {
        Session user = Api.newUser("user");
        assertThat(user.get("/api/users").status()).isEqualTo(403);
        Reply promoted = admin.put("/api/users/" + user.userId() + "/role", json("role", "admin"));
        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        assertThat(user.get("/api/users/me").isProblem(401)).as("old token carries the old role").isTrue();
        assertThat(Api.login(user.username(), Api.PASSWORD).get("/api/users").status()).isEqualTo(200);
        assertThat(admin.put("/api/users/" + user.userId() + "/role", json("role", "root")).isProblem(400)).isTrue();
    }

    @Test
    void theLastAdminAndOneselfAreProtected() {
        Reply self = admin.delete("/api/users/" + admin.userId());
        assertThat(self.isProblem(409)).as(self.toString()).isTrue();
        Reply disableSelf = admin.patch("/api/users/" + admin.userId(), json("status", "disabled"));
        assertThat(disableSelf.isProblem(409)).isTrue();
        assertThat(admin.get("/api/users/me").status()).isEqualTo(200);
    }

    @Test
    void deleteRemovesTheAccountAndItsSessions() {
        Session user = Api.newUser("user");
        assertThat(admin.delete("/api/users/" + user.userId()).status()).isEqualTo(204);
        assertThat(admin.get("/api/users/" + user.userId()).isProblem(404)).isTrue();
        assertThat(user.get("/api/users/me").isProblem(401)).isTrue();
        assertThat(admin.delete("/api/users/" + user.userId()).isProblem(404)).isTrue();
    }

    @Test
    void quotasCanBeReadBySelfAndChangedOnlyByAdmins() {
        Session user = Api.newUser("user");
        JsonObject defaults = user.get("/api/users/me/quota").json();
        assertThat(defaults.getInt("maxInstances")).isEqualTo(10);
        assertThat(defaults.getJsonNumber("maxCpuCores").doubleValue()).isEqualTo(40.0);
        assertThat(defaults.getJsonObject("usage").getInt("instances")).isZero();

        String quota = json("maxInstances", 3, "maxCpuCores", 2.5, "maxMemoryGiB", 8, "maxStorageGiB", 50, "maxGpus", 0);
        assertThat(user.put("/api/users/" + user.userId() + "/quota", quota).status()).isEqualTo(403);
        Reply set = admin.put("/api/users/" + user.userId() + "/quota", quota);
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        JsonObject mine = user.get("/api/users/" + user.userId() + "/quota").json();
        assertThat(mine.getInt("maxInstances")).isEqualTo(3);
        assertThat(mine.getJsonNumber("maxCpuCores").doubleValue()).isEqualTo(2.5);

        Reply invalid = admin.put("/api/users/" + user.userId() + "/quota",
                json("maxInstances", -1, "maxCpuCores", 0.0001, "maxMemoryGiB", 8, "maxStorageGiB", 50, "maxGpus", 0));
        assertThat(invalid.isProblem(400)).as(invalid.toString()).isTrue();
        assertThat(invalid.json().getJsonArray("errors").toString()).contains("maxInstances", "maxCpuCores");
        assertThat(user.get("/api/users/me/quota").json().getInt("maxInstances")).isEqualTo(3);
    }

    @Test
    void usersEditTheirOwnProfileButCannotReadOthers() {
        Session user = Api.newUser("user");
        Session other = Api.newUser("user");
        Reply edited = user.patch("/api/users/me", json("displayName", "Ada L.", "email", "ada@example.com"));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().getString("displayName")).isEqualTo("Ada L.");
        assertThat(user.patch("/api/users/me", json("email", "not-an-email")).isProblem(400)).isTrue();
        assertThat(user.get("/api/users/" + other.userId()).isProblem(404)).isTrue();
        assertThat(user.get("/api/users/" + other.userId() + "/quota").isProblem(404)).isTrue();
        assertThat(user.get("/api/users/" + user.userId()).status()).isEqualTo(200);
    }
}
