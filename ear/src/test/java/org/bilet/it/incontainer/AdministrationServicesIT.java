package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import org.bilet.tickets.NewTicket;
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
        return Deployments.inContainer(AdministrationServicesIT.class, Api.class, Api.Response.class);
    }

    @ArquillianResource
    URL base;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsAgent asAgent;

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
        var key = "gadgets-" + suffix();
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
    void a_category_with_tickets_is_not_deleted() {
        assertThatThrownBy(() -> asAdmin.call(() -> {
            categories.delete("hardware");
            return null;
        })).isInstanceOf(ConflictException.class).hasMessageContaining("is still in use");
    }

    @Test
    void there_is_one_default_priority_and_codes_and_ranks_are_unique() {
        assertThatThrownBy(() -> asAdmin.call(() -> priorities.create(new PriorityDefinition("HIGH", "Second high", 3, 4, true))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("code", "rank", "isDefault"));
    }

    @Test
    void team_keys_are_unique_and_only_active_staff_join() throws Exception {
        var key = "desk-" + suffix();
        asAdmin.call(() -> teams.create(key, "Desk", null));

        assertThatThrownBy(() -> asAdmin.call(() -> teams.create(key, "Desk again", null)))
                .isInstanceOf(InvalidInputException.class).hasMessage("There is already a team with the key '" + key + "'.");
        assertThatThrownBy(() -> asAdmin.call(() -> teams.addMember(key, "employee")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not an active agent");
        assertThat(asAdmin.call(() -> teams.addMember(key, "agent2")).members()).extracting(m -> m.username()).containsExactly("agent2");
        assertThat(asAdmin.call(() -> teams.candidates(key, "agent", 10))).extracting(m -> m.username())
                .contains("agent").doesNotContain("agent2");
    }

    @Test
    void administrators_cannot_lock_themselves_out_nor_strand_assigned_tickets() {
        assertThatThrownBy(() -> asAdmin.call(() -> accounts.deactivate("admin")))
                .isInstanceOf(ConflictException.class).hasMessage("You cannot deactivate yourself; another administrator can.");
        assertThatThrownBy(() -> asAdmin.call(() -> accounts.change("admin", Set.of(Role.AGENT), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("your own administrator role");
        assertThatThrownBy(() -> asAdmin.call(() -> accounts.deactivate("agent")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("unresolved tickets assigned");
    }

    /** Token checks are answered from the query cache; a change to the user must still count at the next call. */
    @Test
    void an_api_token_loses_a_role_and_then_all_access_the_moment_an_administrator_says_so() throws Exception {
        var username = "script." + suffix();
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
        var username = "dir." + suffix();
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
        assertThat(asAdmin.call(() -> accounts.page("JONAITIEN", 0, 20)).items()).extracting(UserAccount::username).containsExactly("agent2");
        assertThat(asAdmin.call(() -> accounts.page("kowalski@", 0, 20)).items()).extracting(UserAccount::username).containsExactly("agent");
        assertThat(asAdmin.call(() -> accounts.count("%"))).isZero();
        var everyone = asAdmin.call(() -> accounts.page(null, 1, 5));
        assertThat(everyone.items()).hasSize(5);
        assertThat(everyone.total()).isGreaterThanOrEqualTo(28);
    }

    @Test
    void a_field_with_stored_values_keeps_its_type() throws Exception {
        var key = "serial-" + suffix();
        asAdmin.call(() -> fields.create(new FieldDefinition(key, "Serial", CustomFieldType.TEXT, List.of(), false, true)));
        asAgent.call(() -> desk.open(new NewTicket("Broken scanner", "It beeps.", null, null, null, null,
                Map.of(key, "SN-1"), "employee")));

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

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
