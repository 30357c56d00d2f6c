package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bilet.it.incontainer.TicketRecords.newTicket;

import jakarta.ejb.EJB;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bilet.admin.CategoryDefinition;
import org.bilet.admin.CategoryTree;
import org.bilet.admin.CustomFields;
import org.bilet.admin.FieldDefinition;
import org.bilet.admin.NewUser;
import org.bilet.admin.PriorityDefinition;
import org.bilet.admin.PriorityScale;
import org.bilet.admin.TeamRoster;
import org.bilet.admin.UserAccount;
import org.bilet.admin.UserAccounts;
import org.bilet.audit.AuditEntryInfo;
import org.bilet.audit.AuditKind;
import org.bilet.audit.AuditLog;
import org.bilet.catalog.CustomFieldType;
import org.bilet.it.Api;
import org.bilet.it.Deployments;
import org.bilet.people.DirectoryAccounts;
import org.bilet.people.Role;
import org.bilet.platform.ConflictException;
import org.bilet.platform.InvalidInputException;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketDesk;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The administration services refuse what would break the data, and a refused change leaves no audit entry. */
@ExtendWith(ArquillianExtension.class)
class AdministrationServicesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @ArquillianResource
    URL base;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsAgent asAgent;

    @EJB
    TestData testData;

    @EJB
    CategoryTree categories;

    @EJB
    PriorityScale priorities;

    @EJB
    TeamRoster teams;

    @EJB
    UserAccounts accounts;

    @EJB
    CustomFields fields;

    @EJB
    TicketDesk desk;

    @EJB
    AuditLog audit;

    @EJB
    DirectoryAccounts directory;

    @Test
    void a_category_cannot_move_under_its_own_subcategory_and_the_refusal_leaves_no_trace() throws Exception {
        var key = "gadgets-" + Unique.suffix();
        asAdmin.call(() -> categories.create(new CategoryDefinition(key, "Gadgets", null, null, Set.of())));
        asAdmin.call(() -> categories.create(new CategoryDefinition(key + ".watches", "Watches", key, null, Set.of())));

        assertThatThrownBy(() -> asAdmin.call(() -> categories.change(
                new CategoryDefinition(key, "Gadgets and more", key + ".watches", null, Set.of()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("parent"));

        assertThat(entriesAbout(key)).extracting(AuditEntryInfo::kind).containsExactly(AuditKind.CATEGORY_CREATED);
        assertThat(asAdmin.call(() -> categories.all())).filteredOn(c -> c.key().equals(key))
                .extracting(c -> c.name()).containsExactly("Gadgets");
    }

    @Test
    void a_category_with_tickets_is_not_deleted() throws Exception {
        var category = testData.category("Scanners", null);
        var requester = testData.requester("Sam", "Scanner");
        asAgent.call(() -> desk.open(newTicket("Scanner jams", requester, category, null, null)));

        assertThatThrownBy(() -> asAdmin.call(() -> {
            categories.delete(category);
            return null;
        })).isInstanceOf(ConflictException.class).hasMessageContaining("is still in use (1 ticket, 0 subcategories)");
    }

    /** Tried with a step the scale already has, whatever its code: tests do not add to the scale (see TestData). */
    @Test
    void there_is_one_default_priority_and_codes_and_ranks_are_unique() {
        var existing = testData.priorities().get(0);
        assertThatThrownBy(() -> asAdmin.call(() -> priorities.create(
                new PriorityDefinition(existing.code(), "Second " + existing.name(), existing.rank(), 4, true))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("code", "rank", "isDefault"));
    }

    @Test
    void team_keys_are_unique_and_only_active_staff_join() throws Exception {
        var key = "desk-" + Unique.suffix();
        asAdmin.call(() -> teams.create(key, "Desk", null));

        assertThatThrownBy(() -> asAdmin.call(() -> teams.create(key, "Desk again", null)))
                .isInstanceOf(InvalidInputException.class).hasMessage("There is already a team with the key '" + key + "'.");
        var requester = testData.requester("Rhea", "Quest");
        assertThatThrownBy(() -> asAdmin.call(() -> teams.addMember(key, requester)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not an active agent");
        // Two agents whose usernames start alike: the one who joined is no longer a candidate.
        var start = "cand" + Unique.suffix();
        var joining = testData.user(start, "Jo", "Ining", Role.AGENT);
        var staying = testData.user(start, "Stacy", "Outside", Role.AGENT);
        assertThat(asAdmin.call(() -> teams.addMember(key, joining)).members()).extracting(m -> m.username()).containsExactly(joining);
        assertThat(asAdmin.call(() -> teams.candidates(key, start, 10))).extracting(m -> m.username())
                .containsExactly(staying);
    }

    @Test
    void administrators_cannot_lock_themselves_out_nor_strand_assigned_tickets() throws Exception {
        var busy = testData.agent("Bea", "Busy");
        var requester = testData.requester("Rob", "Quest");
        var ticket = asAgent.call(() -> desk.open(newTicket("Whose is this?", requester, null, null, null)));
        asAgent.call(() -> desk.change(ticket.number(), ticket.version(), assignTo(busy)));

        assertThatThrownBy(() -> asAdmin.call(() -> accounts.deactivate("admin")))
                .isInstanceOf(ConflictException.class).hasMessage("You cannot deactivate yourself; another administrator can.");
        assertThatThrownBy(() -> asAdmin.call(() -> accounts.change("admin", Set.of(Role.AGENT), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("your own administrator role");
        assertThatThrownBy(() -> asAdmin.call(() -> accounts.deactivate(busy)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Bea Busy still has 1 unresolved ticket assigned");
    }

    /** Token checks are answered from the query cache; a change to the user must still count at the next call. */
    @Test
    void an_api_token_loses_a_role_and_then_all_access_the_moment_an_administrator_says_so() throws Exception {
        var username = "script." + Unique.suffix();
        var password = "correct-horse-battery";
        asAdmin.call(() -> accounts.create(new NewUser(username, "Build", "Robot", username + "@example.com",
                Set.of(Role.AGENT), null, "en", "Europe/Warsaw", password)));
        var issued = Api.at(base).as(username, password).post("/api/me/tokens", "{\"name\":\"nightly import\"}");
        var script = Api.at(base).withToken(issued.json().getString("token"));
        assertThat(script.get("/api/teams").status()).isEqualTo(200);

        asAdmin.call(() -> accounts.change(username, Set.of(Role.REQUESTER), null));
        assertThat(script.get("/api/teams").status()).isEqualTo(403);
        assertThat(script.get("/api/me").status()).isEqualTo(200);

        asAdmin.call(() -> accounts.deactivate(username));
        assertThat(script.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void a_directory_account_keeps_the_password_and_roles_the_directory_gives() throws Exception {
        var username = "dir." + Unique.suffix();
        directory.signedIn(new DirectoryAccounts.DirectoryPerson(username, username + "@example.com", "Dana", "Rey", Set.of(Role.AGENT)));

        assertThat(asAdmin.call(() -> accounts.find(username)).directoryAccount()).isTrue();
        assertThatThrownBy(() -> asAdmin.call(() -> accounts.generatePassword(username)))
                .isInstanceOf(ConflictException.class).hasMessage("Dana Rey signs in with the company directory password; change it in the directory.");
        assertThatThrownBy(() -> asAdmin.call(() -> accounts.change(username, Set.of(Role.MANAGER), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("change their groups there");
        assertThat(asAdmin.call(() -> accounts.deactivate(username)).active()).isFalse();
        assertThat(entriesAbout(username)).extracting(AuditEntryInfo::kind).containsExactly(AuditKind.USER_DEACTIVATED);
    }

    @Test
    void the_user_list_is_filtered_in_the_database_by_name_username_or_address() throws Exception {
        var nameToken = Unique.suffix();
        var named = testData.user("named", "Tess" + nameToken, "Jonaitienė", Role.AGENT);
        var start = "listed-" + Unique.suffix();
        var listed = new ArrayList<String>();
        for (int i = 0; i < 7; i++) {
            listed.add(testData.user(start, "Page", "Number " + i, Role.REQUESTER));
        }
        Collections.sort(listed);

        // Across first and last name, in another case: only the name can match.
        assertThat(asAdmin.call(() -> accounts.page(("tess" + nameToken + " jonaitien").toUpperCase(Locale.ROOT), 0, 20)).items())
                .extracting(UserAccount::username).containsExactly(named);
        // The username has no '@': only the address can match.
        assertThat(asAdmin.call(() -> accounts.page(named + "@", 0, 20)).items()).extracting(UserAccount::username).containsExactly(named);
        assertThat(asAdmin.call(() -> accounts.count("%"))).isZero();
        var secondPage = asAdmin.call(() -> accounts.page(start, 1, 5));
        assertThat(secondPage.items()).extracting(UserAccount::username).containsExactly(listed.get(5), listed.get(6));
        assertThat(secondPage.total()).isEqualTo(7);
        var everyone = asAdmin.call(() -> accounts.page(null, 1, 5));
        assertThat(everyone.items()).hasSize(5);
        assertThat(everyone.total()).isEqualTo(asAdmin.call(() -> accounts.count(null))).isGreaterThanOrEqualTo(listed.size() + 2);
    }

    @Test
    void a_field_with_stored_values_keeps_its_type() throws Exception {
        var key = "serial-" + Unique.suffix();
        asAdmin.call(() -> fields.create(new FieldDefinition(key, "Serial", CustomFieldType.TEXT, List.of(), false, true)));
        var requester = testData.requester("Fay", "Fields");
        asAgent.call(() -> desk.open(newTicket("Broken scanner", requester, null, null, Map.of(key, "SN-1"))));

        assertThatThrownBy(() -> asAdmin.call(() -> fields.change(
                new FieldDefinition(key, "Serial", CustomFieldType.NUMBER, List.of(), false, true))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("its type stays TEXT");
        assertThat(asAdmin.call(() -> fields.change(new FieldDefinition(key, "Serial number", CustomFieldType.TEXT,
                List.of(), false, false))).active()).isFalse();
        assertThat(entriesAbout(key)).extracting(e -> e.kind() + " " + e.summary())
                .first().isEqualTo("FIELD_CHANGED label: Serial → Serial number; active: yes → no");
    }

    private List<AuditEntryInfo> entriesAbout(String subject) throws Exception {
        return asAdmin.call(() -> audit.page("admin", null, 0, 100)).items().stream()
                .filter(e -> e.subject().equals(subject)).toList();
    }

    private static TicketChanges assignTo(String agent) {
        return TicketRecords.changes(null, null, agent);
    }
}
