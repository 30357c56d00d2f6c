package org.bilet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilet.admin.NewUser;
import org.bilet.admin.OrganizationChart;
import org.bilet.admin.OrganizationInfo;
import org.bilet.admin.UserAccount;
import org.bilet.admin.UserAccounts;
import org.bilet.people.Role;
import org.bilet.platform.Page;
import org.bilet.web.session.UserSession;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /admin/users: the filtered user list, a new user, and the chosen user's roles, organization, status and password. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    @Inject
    UserAccounts accounts;

    @Inject
    OrganizationChart organizationChart;

    @Inject
    UserSession me;

    private final LazyDataModel<UserAccount> users = new Users();
    private List<OrganizationInfo> organizations;
    private String filter;

    private String username;
    private String firstName;
    private String lastName;
    private String email;
    private List<String> roles;
    private Long organizationId;
    private String language;
    private String timeZone;
    private String password;

    private UserAccount selected;
    private List<String> selectedRoles;
    private Long selectedOrganizationId;
    private String selectedPhone;
    private String newPassword;
    private String generatedPassword;

    @PostConstruct
    void load() {
        organizations = organizationChart.all();
        clearNewUser();
    }

    public void create() {
        var created = AdminPage.attempt("newUser", () -> accounts.create(new NewUser(username, firstName, lastName, email,
                roles(roles), organizationId, language, timeZone, password)));
        if (created != null) {
            AdminPage.done("users.createdMessage", created.username());
            clearNewUser();
            show(created);
        }
    }

    public void edit(String chosen) {
        var account = AdminPage.attempt("users", () -> accounts.find(chosen));
        if (account != null) {
            show(account);
        }
    }

    public void saveChanges() {
        var changed = AdminPage.attempt("user", () -> accounts.change(selected.username(), roles(selectedRoles), selectedOrganizationId,
                selectedPhone));
        if (changed != null) {
            AdminPage.done("users.saved", changed.username());
            show(changed);
        }
    }

    public void deactivate() {
        var changed = AdminPage.attempt("user", () -> accounts.deactivate(selected.username()));
        if (changed != null) {
            AdminPage.done("users.deactivatedMessage", changed.username());
            show(changed);
        }
    }

    public void reactivate() {
        var changed = AdminPage.attempt("user", () -> accounts.reactivate(selected.username()));
        if (changed != null) {
            AdminPage.done("users.reactivatedMessage", changed.username());
            show(changed);
        }
    }

    public void savePassword() {
        generatedPassword = null;
        if (AdminPage.attempt("password", () -> accounts.resetPassword(selected.username(), newPassword))) {
            AdminPage.done("users.passwordSet", selected.username());
            newPassword = null;
        }
    }

    public void generatePassword() {
        newPassword = null;
        generatedPassword = AdminPage.attempt("password", () -> accounts.generatePassword(selected.username()));
    }

    public void closeUser() {
        selected = null;
        generatedPassword = null;
    }

    public List<String> completeTimeZone(String query) {
        var text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return ZONES.stream().filter(zone -> zone.toLowerCase(Locale.ROOT).contains(text)).limit(30).toList();
    }

    /** The user's roles in the reader's words, in the order of the scale. */
    public String rolesOf(UserAccount account) {
        return Arrays.stream(Role.values()).filter(account.roles()::contains)
                .map(role -> AdminPage.text("role." + role.name())).collect(Collectors.joining(", "));
    }

    public List<String> getAllRoles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public List<OrganizationInfo> getOrganizations() {
        return organizations;
    }

    private void show(UserAccount account) {
        selected = account;
        selectedRoles = account.roles().stream().map(Role::name).sorted().collect(Collectors.toCollection(ArrayList::new));
        selectedOrganizationId = account.organizationId();
        selectedPhone = account.phone();
        newPassword = null;
        generatedPassword = null;
    }

    private void clearNewUser() {
        username = null;
        firstName = null;
        lastName = null;
        email = null;
        password = null;
        organizationId = null;
        roles = new ArrayList<>(List.of(Role.REQUESTER.name()));
        language = me.getLanguage();
        timeZone = me.getZone().getId();
    }

    private static Set<Role> roles(List<String> names) {
        return names == null ? Set.of() : names.stream().map(Role::valueOf).collect(Collectors.toSet());
    }

    /** Counts and cuts the list in the database, through the service. */
    private final class Users extends LazyDataModel<UserAccount> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(accounts.count(filter));
        }

        @Override
        public List<UserAccount> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var size = Math.min(pageSize, Page.MAX_SIZE);
            return accounts.page(filter, first / size, size).items();
        }

        @Override
        public String getRowKey(UserAccount account) {
            return account.username();
        }

        @Override
        public UserAccount getRowData(String rowKey) {
            return accounts.find(rowKey);
        }
    }

    public LazyDataModel<UserAccount> getUsers() {
        return users;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public UserAccount getSelected() {
        return selected;
    }

    public List<String> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<String> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }

    public Long getSelectedOrganizationId() {
        return selectedOrganizationId;
    }

    public void setSelectedOrganizationId(Long selectedOrganizationId) {
        this.selectedOrganizationId = selectedOrganizationId;
    }

    public String getSelectedPhone() {
        return selectedPhone;
    }

    public void setSelectedPhone(String selectedPhone) {
        this.selectedPhone = selectedPhone;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getGeneratedPassword() {
        return generatedPassword;
    }
}
