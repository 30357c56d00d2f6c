package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilet.it.ProblemAssert.assertProblem;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The administration API: for each thing an administrator keeps (users, organizations, teams and
 * their members, categories, priorities, custom fields, canned responses) created, read, listed,
 * changed with If-Match, refused when stale (412), without If-Match (428), duplicate (409) and
 * invalid (400, naming the field), deleted or refused when in use, audited, and for administrators
 * only. Names carry a suffix of their own, so the test runs again on the same database; what it
 * adds to the scale and the catalog it takes away or switches off again.
 */
class AdministrationApiIT extends ApiTestCase {

    Api admin;
    String suffix;

    @BeforeEach
    void signIn() {
        admin = signedIn("admin");
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_user_is_created_found_changed_and_signs_in_with_the_password_given() {
        var username = "hr-" + suffix;
        var created = admin.post("/api/admin/users", newUser(username, username + "@example.com"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/admin/users/" + username);
        assertThat(created.header("ETag")).isNotBlank();
        assertThat(created.body()).doesNotContain("password").doesNotContain("hash").doesNotContain("correct-horse");
        assertThat(created.json().getJsonArray("roles").getString(0)).isEqualTo("AGENT");

        var me = anonymous().as(username, "correct-horse-battery").get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);

        var read = admin.get("/api/admin/users/" + username);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
        assertThat(read.json().getString("email")).isEqualTo(username + "@example.com");

        var found = admin.get("/api/admin/users?q=" + username + "&role=agent&active=true&page=0&size=1");
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.json().getInt("total")).isEqualTo(1);
        assertThat(found.json().getJsonArray("items").getJsonObject(0).getString("username")).isEqualTo(username);
        assertThat(admin.get("/api/admin/users?q=" + username + "&role=ADMIN").json().getInt("total")).isZero();
        assertThat(admin.get("/api/admin/users?q=" + username + "&active=false").json().getInt("total")).isZero();
        var paged = admin.get("/api/admin/users?page=1&size=2");
        assertThat(paged.json().getJsonArray("items")).hasSize(2);
        assertThat(paged.json().getInt("total")).isGreaterThan(4);
        assertThat(paged.json().getInt("page")).isEqualTo(1);

        var changed = admin.patch("/api/admin/users/" + username, """
                {"lastName": "Nowak", "email": "%s@example.org", "roles": ["AGENT", "MANAGER"], "language": "lt"}""".formatted(username),
                read.header("ETag"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getString("lastName")).isEqualTo("Nowak");
        assertThat(changed.json().getString("firstName")).as("left alone").isEqualTo("Joanna");
        assertThat(changed.json().getString("language")).isEqualTo("lt");
        assertThat(changed.json().getJsonArray("roles")).hasSize(2);
        assertThat(changed.header("ETag")).isNotEqualTo(read.header("ETag"));

        var stale = admin.patch("/api/admin/users/" + username, "{\"lastName\": \"Again\"}", read.header("ETag"));
        assertProblem(stale, 412);
        assertThat(stale.header("ETag")).isEqualTo(changed.header("ETag"));
        assertProblem(admin.patch("/api/admin/users/" + username, "{\"lastName\": \"Again\"}", null), 428);
        assertProblem(admin.patch("/api/admin/users/" + username, "{\"lastName\": \"Again\"}", "W/" + changed.header("ETag")), 412);

        var deactivated = admin.patch("/api/admin/users/" + username, "{\"active\": false}", changed.header("ETag"));
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(anonymous().as(username, "correct-horse-battery").get("/api/me").status()).isEqualTo(401);
        var reactivated = admin.patch("/api/admin/users/" + username, "{\"active\": true}", deactivated.header("ETag"));
        assertThat(reactivated.status()).as(reactivated.toString()).isEqualTo(200);

        assertThat(admin.post("/api/admin/users/" + username + "/password", "{\"password\": \"another-long-secret\"}").status())
                .isEqualTo(204);
        assertThat(anonymous().as(username, "another-long-secret").get("/api/me").status()).isEqualTo(200);
        var generated = admin.post("/api/admin/users/" + username + "/password/generate", "{}");
        assertThat(generated.status()).as(generated.toString()).isEqualTo(200);
        assertThat(anonymous().as(username, generated.json().getString("password")).get("/api/me").status()).isEqualTo(200);

        assertThat(audited("USER_CREATED", username)).isTrue();
        assertThat(audited("ROLES_CHANGED", username)).isTrue();
        assertThat(audited("USER_CHANGED", username)).isTrue();
        assertThat(audited("USER_DEACTIVATED", username)).isTrue();
        assertThat(audited("PASSWORD_RESET", username)).isTrue();
    }

    @Test
    void a_phone_number_an_administrator_sets_finds_the_person_when_they_call() {
        var username = "caller-" + suffix;
        assertThat(admin.post("/api/admin/users", newUser(username, username + "@example.com")).status()).isEqualTo(201);
        var read = admin.get("/api/admin/users/" + username);
        // A number of its own: the digits of the suffix's hash, so that no other person has it.
        var digits = String.format("%09d", Math.abs((long) suffix.hashCode()) % 1_000_000_000L);
        var written = "+48 " + digits.substring(0, 3) + " " + digits.substring(3, 6) + "-" + digits.substring(6);

        var wrong = admin.patch("/api/admin/users/" + username, "{\"phone\": \"call me maybe\"}", read.header("ETag"));
        assertProblem(wrong, 400);
        assertThat(fields(wrong)).containsExactly("phone");
        var changed = admin.patch("/api/admin/users/" + username, "{\"phone\": \"" + written + "\"}", read.header("ETag"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getString("phone")).isEqualTo("+48" + digits);
        assertThat(audited("USER_CHANGED", username)).isTrue();

        var call = signedIn("agent").post("/api/calls", """
                {"type": "call", "direction": "inbound", "phone": "%s", "missed": true}""".formatted(written));
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        var ticket = signedIn("agent").get("/api/tickets/" + call.json().getString("ticket")).json();
        assertThat(ticket.getJsonObject("requester").getString("username")).isEqualTo(username);

        var cleared = admin.patch("/api/admin/users/" + username, "{\"phone\": null}", changed.header("ETag"));
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.json().containsKey("phone") && !cleared.json().isNull("phone")).as("no number").isFalse();
    }

    @Test
    void user_mistakes_are_named_duplicates_conflict_and_unknown_users_are_not_found() {
        var duplicate = admin.post("/api/admin/users", newUser("AGENT", "agent@acme-logistics.example"));
        assertProblem(duplicate, 409);
        assertThat(fields(duplicate)).contains("username");

        var taken = admin.get("/api/admin/users/agent").json().getString("email");
        var sameAddress = admin.post("/api/admin/users", newUser("hr2-" + suffix, taken.toUpperCase()));
        assertProblem(sameAddress, 409);
        assertThat(fields(sameAddress)).containsExactly("email");

        var invalid = admin.post("/api/admin/users", """
                {"username": " bad name", "firstName": "", "lastName": "L", "email": "not-an-address", "roles": ["BOSS"],
                 "language": "xx", "timeZone": "Mars/Olympus", "password": "short"}""");
        assertProblem(invalid, 400);
        assertThat(fields(invalid)).contains("roles[0]");
        var noRoles = admin.post("/api/admin/users", """
                {"username": "ok-%s", "firstName": "", "lastName": "L", "email": "not-an-address", "roles": [],
                 "language": "xx", "timeZone": "Europe/Warsaw", "password": "short"}""".formatted(suffix));
        assertProblem(noRoles, 400);
        assertThat(fields(noRoles)).contains("firstName", "email", "roles", "language", "password");

        var etag = admin.get("/api/admin/users/agent2").header("ETag");
        var otherAddress = admin.patch("/api/admin/users/agent2", "{\"email\": \"" + taken + "\"}", etag);
        assertProblem(otherAddress, 409);
        assertThat(fields(otherAddress)).containsExactly("email");
        var badPatch = admin.patch("/api/admin/users/agent2", "{\"timeZone\": \"Mars/Olympus\", \"roles\": [], \"password\": \"x\"}", etag);
        assertProblem(badPatch, 400);
        assertThat(fields(badPatch)).contains("password");

        var self = admin.get("/api/admin/users/admin");
        assertProblem(admin.patch("/api/admin/users/admin", "{\"active\": false}", self.header("ETag")), 409);
        assertProblem(admin.get("/api/admin/users/nobody-" + suffix), 404);
        assertProblem(admin.patch("/api/admin/users/nobody-" + suffix, "{}", "\"0\""), 404);
        assertProblem(admin.get("/api/admin/users?role=BOSS"), 400);
    }

    @Test
    void an_organization_and_its_department_are_created_renamed_and_deleted_when_unused() {
        var company = admin.post("/api/admin/organizations", "{\"name\": \"Org " + suffix + "\"}");
        assertThat(company.status()).as(company.toString()).isEqualTo(201);
        var companyId = company.json().getJsonNumber("id").longValue();
        var department = admin.post("/api/admin/organizations", "{\"name\": \"Dept " + suffix + "\", \"parentId\": " + companyId + "}");
        assertThat(department.status()).as(department.toString()).isEqualTo(201);
        assertThat(department.json().getString("path")).isEqualTo("Org " + suffix + " / Dept " + suffix);
        var departmentAt = "/api/admin/organizations/" + department.json().getJsonNumber("id").longValue();

        assertThat(admin.get("/api/admin/organizations").array().getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("name")).contains("Org " + suffix, "Dept " + suffix);
        var read = admin.get(departmentAt);
        assertThat(read.header("ETag")).isEqualTo(department.header("ETag"));

        var duplicate = admin.post("/api/admin/organizations", "{\"name\": \"dept " + suffix + "\"}");
        assertProblem(duplicate, 409);
        assertThat(fields(duplicate)).containsExactly("name");
        assertThat(fields(admin.post("/api/admin/organizations", "{\"name\": \" \"}"))).containsExactly("name");

        var renamed = admin.put(departmentAt, "{\"name\": \"Depot " + suffix + "\"}", read.header("ETag"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().getString("name")).isEqualTo("Depot " + suffix);
        assertProblem(admin.put(departmentAt, "{\"name\": \"Again " + suffix + "\"}", read.header("ETag")), 412);
        assertProblem(admin.put(departmentAt, "{\"name\": \"Again " + suffix + "\"}", null), 428);

        var inUse = admin.delete("/api/admin/organizations/" + companyId, company.header("ETag"));
        assertThat(ProblemAssert.detailOf(inUse, 409)).contains("1 department");
        assertThat(admin.delete(departmentAt, renamed.header("ETag")).status()).isEqualTo(204);
        assertProblem(admin.get(departmentAt), 404);
        assertThat(admin.delete("/api/admin/organizations/" + companyId, admin.get("/api/admin/organizations/" + companyId).header("ETag"))
                .status()).isEqualTo(204);
        assertThat(audited("ORGANIZATION_DELETED", "Org " + suffix)).isTrue();
    }

    @Test
    void a_team_is_created_changed_and_its_members_set_added_and_removed() {
        var key = "team-" + suffix;
        var created = admin.post("/api/admin/teams", "{\"key\": \"" + key + "\", \"name\": \"Team " + suffix + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/admin/teams/" + key);
        assertProblem(admin.post("/api/admin/teams", "{\"key\": \"" + key + "\", \"name\": \"Again\"}"), 409);
        var invalid = admin.post("/api/admin/teams", "{\"key\": \"Not A Key\", \"name\": \"\", \"email\": \"nowhere\"}");
        assertProblem(invalid, 400);
        assertThat(fields(invalid)).containsExactlyInAnyOrder("key", "name", "email");
        assertThat(admin.get("/api/admin/teams").array().getValuesAs(JsonObject.class)).extracting(t -> t.getString("key")).contains(key);

        var changed = admin.put("/api/admin/teams/" + key, "{\"name\": \"Night " + suffix + "\", \"email\": \"night@example.com\"}",
                created.header("ETag"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getString("email")).isEqualTo("night@example.com");
        assertProblem(admin.put("/api/admin/teams/" + key, "{\"name\": \"Stale\"}", created.header("ETag")), 412);
        assertProblem(admin.put("/api/admin/teams/" + key, "{\"key\": \"other\", \"name\": \"Moved\"}", changed.header("ETag")), 400);

        var set = admin.put("/api/admin/teams/" + key + "/members", "[\"agent\", \"agent2\"]", changed.header("ETag"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(usernames(set)).containsExactly("agent", "agent2");
        var refused = admin.put("/api/admin/teams/" + key + "/members", "[\"agent\", \"employee\", \"nobody-" + suffix + "\"]",
                set.header("ETag"));
        assertProblem(refused, 400);
        assertThat(fields(refused)).containsExactly("members[1]", "members[2]");
        assertProblem(admin.put("/api/admin/teams/" + key + "/members", "[\"agent\"]", changed.header("ETag")), 412);

        var added = admin.post("/api/admin/teams/" + key + "/members", "{\"username\": \"manager\"}");
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(usernames(added)).containsExactly("agent", "agent2", "manager");
        assertThat(fields(admin.post("/api/admin/teams/" + key + "/members", "{\"username\": \"employee\"}"))).containsExactly("member");
        assertProblem(admin.delete("/api/admin/teams/" + key + "/members/agent2", set.header("ETag")), 412);
        var removed = admin.delete("/api/admin/teams/" + key + "/members/agent2", added.header("ETag"));
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(usernames(admin.get("/api/admin/teams/" + key + "/members"))).containsExactly("agent", "manager");

        assertProblem(admin.get("/api/admin/teams/nothing-" + suffix), 404);
        assertProblem(admin.get("/api/admin/teams/nothing-" + suffix + "/members"), 404);
        assertThat(audited("MEMBER_ADDED", key)).isTrue();
        assertThat(audited("MEMBER_REMOVED", key)).isTrue();
        assertThat(audited("TEAM_CHANGED", key)).isTrue();
    }

    @Test
    void a_category_is_created_under_a_parent_moved_and_deleted_only_when_unused() {
        var parent = "it-" + suffix;
        var child = parent + ".printers";
        var top = admin.post("/api/admin/categories", "{\"key\": \"" + parent + "\", \"name\": \"IT " + suffix + "\", \"team\": \"service-desk\"}");
        assertThat(top.status()).as(top.toString()).isEqualTo(201);
        var sub = admin.post("/api/admin/categories", """
                {"key": "%s", "name": "Printers", "parent": "%s", "fields": ["affected-users"]}""".formatted(child, parent));
        assertThat(sub.status()).as(sub.toString()).isEqualTo(201);
        assertThat(sub.json().getString("path")).isEqualTo("IT " + suffix + " / Printers");
        assertThat(sub.json().getString("routedTeam")).isEqualTo("service-desk");
        assertThat(sub.json().getInt("depth")).isEqualTo(1);

        assertProblem(admin.post("/api/admin/categories", "{\"key\": \"" + parent + "\", \"name\": \"Again\"}"), 409);
        var invalid = admin.post("/api/admin/categories", """
                {"key": "x-%s", "name": "", "parent": "no-such-%s", "team": "no-such-team", "fields": ["no-such-field"]}""".formatted(suffix, suffix));
        assertProblem(invalid, 400);
        assertThat(fields(invalid)).contains("name");
        var unknown = admin.post("/api/admin/categories", """
                {"key": "x-%s", "name": "X", "parent": "no-such-%s", "team": "no-such-team", "fields": ["no-such-field"]}""".formatted(suffix, suffix));
        assertThat(fields(unknown)).containsExactlyInAnyOrder("parent", "team", "fields");

        var loop = admin.put("/api/admin/categories/" + parent, "{\"name\": \"IT\", \"parent\": \"" + child + "\"}", top.header("ETag"));
        assertProblem(loop, 400);
        assertThat(fields(loop)).containsExactly("parent");
        var renamed = admin.put("/api/admin/categories/" + child, "{\"name\": \"Printers and scanners\", \"parent\": \"" + parent + "\"}",
                sub.header("ETag"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().getJsonArray("fields")).as("none sent: none asked for").isEmpty();
        assertProblem(admin.put("/api/admin/categories/" + child, "{\"name\": \"Stale\", \"parent\": \"" + parent + "\"}",
                sub.header("ETag")), 412);
        assertThat(admin.get("/api/admin/categories").array().getValuesAs(JsonObject.class)).extracting(c -> c.getString("key"))
                .contains(parent, child);

        var ticket = signedIn("agent").post("/api/tickets", """
                {"subject": "Printer %s", "description": "d", "requester": "employee", "category": "%s"}""".formatted(suffix, child));
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
        var inUse = admin.delete("/api/admin/categories/" + child, renamed.header("ETag"));
        assertThat(ProblemAssert.detailOf(inUse, 409)).contains("1 ticket");
        assertThat(ProblemAssert.detailOf(admin.delete("/api/admin/categories/" + parent, top.header("ETag")), 409))
                .contains("1 subcategory");
        assertProblem(admin.delete("/api/admin/categories/" + parent, null), 428);
        assertProblem(admin.delete("/api/admin/categories/nothing-" + suffix, "\"0\""), 404);

        var spare = "spare-" + suffix;
        var unused = admin.post("/api/admin/categories", "{\"key\": \"" + spare + "\", \"name\": \"Spare " + suffix + "\"}");
        assertProblem(admin.delete("/api/admin/categories/" + spare, "\"" + 99 + "\""), 412);
        assertThat(admin.delete("/api/admin/categories/" + spare, unused.header("ETag")).status()).isEqualTo(204);
        assertThat(audited("CATEGORY_DELETED", spare)).isTrue();
        assertThat(audited("CATEGORY_CHANGED", child)).isTrue();
    }

    @Test
    void a_priority_is_created_changed_made_the_default_and_deleted_leaving_the_scale_as_it_was() {
        var code = "P" + suffix.toUpperCase().replace('-', '_').replaceAll("[^A-Z0-9_]", "0");
        var rank = 500 + Math.floorMod(suffix.hashCode(), 400);
        var normal = admin.get("/api/admin/priorities").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getBoolean("isDefault")).findFirst().orElseThrow().getString("code");
        var created = admin.post("/api/admin/priorities", """
                {"code": "%s", "name": "Critical %s", "rank": %d, "resolutionHours": 2}""".formatted(code, suffix, rank));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        try {
            assertThat(created.json().getInt("resolutionHours")).isEqualTo(2);
            var sameRank = admin.post("/api/admin/priorities", """
                    {"code": "X%s", "name": "Same rank", "rank": %d, "resolutionHours": 2}""".formatted(code, rank));
            assertProblem(sameRank, 409);
            assertThat(fields(sameRank)).containsExactly("rank");
            assertThat(fields(admin.post("/api/admin/priorities", """
                    {"code": "%s", "name": "Again", "rank": 999, "resolutionHours": 2}""".formatted(code)))).containsExactly("code");
            var invalid = admin.post("/api/admin/priorities", "{\"code\": \"bad code\", \"name\": \"\", \"rank\": 0, \"resolutionHours\": 0}");
            assertProblem(invalid, 400);
            assertThat(fields(invalid)).containsExactlyInAnyOrder("code", "name", "rank", "resolutionHours");

            var changed = admin.put("/api/admin/priorities/" + code, """
                    {"name": "Critical", "rank": %d, "resolutionHours": 3, "isDefault": true}""".formatted(rank), created.header("ETag"));
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(changed.json().getBoolean("isDefault")).isTrue();
            assertThat(changed.json().getInt("resolutionHours")).isEqualTo(3);
            assertProblem(admin.put("/api/admin/priorities/" + code, """
                    {"name": "Stale", "rank": %d, "resolutionHours": 3}""".formatted(rank), created.header("ETag")), 412);
            assertThat(fields(admin.put("/api/admin/priorities/" + code, """
                    {"name": "Critical", "rank": %d, "resolutionHours": 3, "isDefault": false}""".formatted(rank), changed.header("ETag"))))
                    .containsExactly("isDefault");
            assertProblem(admin.delete("/api/admin/priorities/" + code, changed.header("ETag")), 409);
        } finally {
            var back = admin.get("/api/admin/priorities/" + normal);
            if (!back.json().getBoolean("isDefault")) {
                var restored = admin.put("/api/admin/priorities/" + normal, back.body().replace("\"isDefault\":false", "\"isDefault\":true"),
                        back.header("ETag"));
                assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
            }
            assertThat(admin.get("/api/admin/priorities/" + normal).json().getBoolean("isDefault")).isTrue();
            var now = admin.get("/api/admin/priorities/" + code);
            assertThat(admin.delete("/api/admin/priorities/" + code, now.header("ETag")).status()).as("deleted again").isEqualTo(204);
        }
        assertProblem(admin.get("/api/admin/priorities/" + code), 404);
        assertThat(audited("PRIORITY_DELETED", code)).isTrue();
    }

    @Test
    void a_custom_field_is_defined_changed_and_switched_off_never_deleted() {
        var key = "kind-" + suffix;
        var created = admin.post("/api/admin/custom-fields", """
                {"key": "%s", "label": "Kind %s", "type": "CHOICE", "choices": ["Laptop", "Desktop"]}""".formatted(key, suffix));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getBoolean("active")).isTrue();
        assertThat(created.json().getBoolean("required")).isFalse();
        assertProblem(admin.post("/api/admin/custom-fields", "{\"key\": \"" + key + "\", \"label\": \"Again\", \"type\": \"TEXT\"}"), 409);
        var invalid = admin.post("/api/admin/custom-fields", "{\"key\": \"Bad Key\", \"label\": \"\", \"type\": \"COLOUR\"}");
        assertProblem(invalid, 400);
        assertThat(fields(invalid)).containsExactly("type");
        assertThat(fields(admin.post("/api/admin/custom-fields", "{\"key\": \"Bad Key\", \"label\": \"\"}")))
                .containsExactlyInAnyOrder("key", "label", "type");

        var changed = admin.put("/api/admin/custom-fields/" + key, """
                {"label": "Kind of device", "type": "CHOICE", "choices": ["Laptop", "Desktop", "Phone"], "active": false}""",
                created.header("ETag"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getJsonArray("choices")).hasSize(3);
        assertThat(changed.json().getBoolean("active")).isFalse();
        assertProblem(admin.put("/api/admin/custom-fields/" + key, "{\"label\": \"Stale\", \"type\": \"TEXT\"}", created.header("ETag")), 412);
        assertThat(admin.get("/api/admin/custom-fields").array().getValuesAs(JsonObject.class)).extracting(f -> f.getString("key")).contains(key);
        assertThat(admin.delete("/api/admin/custom-fields/" + key, changed.header("ETag")).status()).as("switched off, never deleted")
                .isEqualTo(405);
        assertThat(audited("FIELD_CHANGED", key)).isTrue();
    }

    @Test
    void a_canned_response_is_written_revised_and_switched_off() {
        var title = "Reset " + suffix;
        var created = admin.post("/api/admin/canned-responses", "{\"title\": \"" + title + "\", \"body\": \"Hello {requester.firstName}\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("body")).isEqualTo("<p>Hello {requester.firstName}</p>");
        var at = "/api/admin/canned-responses/" + created.json().getJsonNumber("id").longValue();
        var duplicate = admin.post("/api/admin/canned-responses", "{\"title\": \"" + title.toUpperCase() + "\", \"body\": \"x\"}");
        assertProblem(duplicate, 409);
        assertThat(fields(duplicate)).containsExactly("title");
        var unknown = admin.post("/api/admin/canned-responses", "{\"title\": \"Other " + suffix + "\", \"body\": \"Hi {boss.name}\"}");
        assertProblem(unknown, 400);
        assertThat(fields(unknown)).containsExactly("body");

        var revised = admin.put(at, "{\"title\": \"" + title + "\", \"body\": \"<p>Hi</p><script>x()</script>\", \"active\": false}",
                created.header("ETag"));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().getString("body")).doesNotContain("script");
        assertThat(revised.json().getBoolean("active")).isFalse();
        assertProblem(admin.put(at, "{\"title\": \"" + title + "\", \"body\": \"x\"}", created.header("ETag")), 412);
        assertProblem(admin.get("/api/admin/canned-responses/999999999"), 404);
        assertThat(audited("CANNED_RESPONSE_CHANGED", title)).isTrue();
    }

    @Test
    void only_administrators_administer() {
        for (var path : List.of("/api/admin/users", "/api/admin/organizations", "/api/admin/teams", "/api/admin/categories",
                "/api/admin/priorities", "/api/admin/custom-fields", "/api/admin/canned-responses", "/api/admin/audit")) {
            assertProblem(anonymous().get(path), 401);
            assertProblem(signedIn("agent").get(path), 403);
            assertProblem(signedIn("manager").get(path), 403);
            assertProblem(signedIn("employee").get(path), 403);
        }
        assertProblem(signedIn("manager").patch("/api/admin/users/agent", "{\"active\": false}", "\"0\""), 403);
        assertProblem(signedIn("agent").put("/api/admin/teams/service-desk/members", "[\"agent\"]", "\"0\""), 403);
    }

    private boolean audited(String kind, String subject) {
        var page = admin.get("/api/admin/audit?kind=" + kind + "&actor=admin&size=200");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("subject").equals(subject));
    }

    private static String newUser(String username, String email) {
        return """
                {"username": "%s", "firstName": "Joanna", "lastName": "Kowalska", "email": "%s", "roles": ["AGENT"],
                 "language": "pl", "timeZone": "Europe/Warsaw", "password": "correct-horse-battery"}""".formatted(username, email);
    }

    private static List<String> usernames(Api.Response members) {
        assertThat(members.status()).as(members.toString()).isEqualTo(200);
        return members.array().getValuesAs(JsonObject.class).stream().map(m -> m.getString("username")).toList();
    }

    private static List<String> fields(Api.Response problem) {
        assertThat(problem.contentType()).as(problem.toString()).startsWith("application/problem+json");
        return problem.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }
}
