package org.bilet.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bilet.audit.AuditKind;
import org.bilet.audit.AuditTrail;
import org.bilet.audit.ChangeSummary;
import org.bilet.people.CurrentUser;
import org.bilet.people.Organization;
import org.bilet.people.PasswordPolicy;
import org.bilet.people.Passwords;
import org.bilet.people.PeopleLookup;
import org.bilet.people.PhoneNumber;
import org.bilet.people.Role;
import org.bilet.people.Roles;
import org.bilet.people.User;
import org.bilet.platform.ConflictException;
import org.bilet.platform.Counted;
import org.bilet.platform.LikePattern;
import org.bilet.platform.Page;
import org.bilet.platform.Problems;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.platform.Versioned;
import org.bilet.tickets.TicketStatus;

/**
 * Users as administrators manage them: listed and filtered in the database, created with an
 * initial password, given roles and an organization, deactivated rather than deleted (their
 * tickets keep pointing at them), and given a new password. Every change is audited.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class UserAccounts {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    PeopleLookup people;

    /** Users whose username, name or e-mail contains the text (all without one), by username. */
    public Page<UserAccount> page(String text,
                                  @Min(value = 0, message = "Pages start at 0.") int page,
                                  @Min(value = 1, message = "A page has at least 1 item.")
                                  @Max(value = Page.MAX_SIZE, message = "A page has at most {value} items.") int size) {
        return list(UserFilter.matching(text), page, size);
    }

    /** Users the filter lets through, by username. */
    public Page<UserAccount> list(@NotNull UserFilter filter,
                                  @Min(value = 0, message = "Pages start at 0.") int page,
                                  @Min(value = 1, message = "A page has at least 1 item.")
                                  @Max(value = Page.MAX_SIZE, message = "A page has at most {value} items.") int size) {
        var items = matching(filter, "select u from User u left join fetch u.organization", " order by u.username", User.class)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(UserAccount::of).toList();
        return new Page<>(items, total(filter), page, size);
    }

    public long count(String text) {
        return total(UserFilter.matching(text));
    }

    public long total(@NotNull UserFilter filter) {
        return matching(filter, "select count(u) from User u", "", Long.class).getSingleResult();
    }

    /** Bilet's own account is nobody's to administer, so no list shows it. */
    private <T> TypedQuery<T> matching(UserFilter filter, String select, String order, Class<T> type) {
        var where = new StringBuilder(" where u.systemAccount = false");
        var text = pattern(filter.text());
        if (text != null) {
            where.append(" and (lower(u.username) like :text escape '!' or lower(u.email) like :text escape '!'"
                    + " or lower(concat(u.firstName, ' ', u.lastName)) like :text escape '!')");
        }
        if (filter.role() != null) {
            where.append(" and :role member of u.roles");
        }
        if (filter.active() != null) {
            where.append(" and u.active = :active");
        }
        if (filter.organizationId() != null) {
            where.append(" and u.organization.id = :organization");
        }
        var query = em.createQuery(select + where + order, type);
        if (text != null) {
            query.setParameter("text", text);
        }
        if (filter.role() != null) {
            query.setParameter("role", filter.role());
        }
        if (filter.active() != null) {
            query.setParameter("active", filter.active());
        }
        if (filter.organizationId() != null) {
            query.setParameter("organization", filter.organizationId());
        }
        return query;
    }

    public UserAccount find(@NotNull String username) {
        return UserAccount.of(user(username));
    }

    /** The user with the version the API sends as the ETag. */
    public Versioned<UserAccount> read(@NotNull String username) {
        var user = user(username);
        return new Versioned<>(UserAccount.of(user), user.version());
    }

    public UserAccount create(@NotNull @Valid NewUser request) {
        var problems = new Problems();
        var username = request.username().strip();
        var email = request.email().strip();
        if (taken("username", username)) {
            problems.duplicate("username", "The username '" + username + "' is already taken.");
        }
        if (taken("email", email)) {
            problems.duplicate("email", "Another user already has the e-mail address " + email + ".");
        }
        if (!ZoneId.getAvailableZoneIds().contains(request.timeZone())) {
            problems.add("timeZone", "There is no time zone '" + request.timeZone() + "'; use a name like Europe/Warsaw.");
        }
        var organization = organization(request.organizationId(), problems);
        problems.throwIfAny();

        var user = new User(username, email, request.firstName().strip(), request.lastName().strip(),
                EnumSet.copyOf(request.roles()), clock.instant());
        user.preferLocale(request.language(), request.timeZone());
        user.moveTo(organization);
        user.setPasswordHash(passwords.hash(request.password()));
        em.persist(user);
        audit.record(AuditKind.USER_CREATED, username, ChangeSummary.of()
                .value("name", user.displayName()).value("e-mail", email).value("roles", user.roles())
                .value("organization", organization == null ? null : organization.path())
                .value("language", request.language()).value("time zone", request.timeZone()));
        return UserAccount.of(user);
    }

    /**
     * A requester brought over by an import ({@code org.bilet.imports}), with no password; the same
     * rules on usernames, addresses and organizations as {@link #create}, audited as a creation that
     * names the source. Runs for administrators and for the import job (as Bilet).
     */
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public UserAccount createImported(@NotNull ImportedUser request) {
        var problems = new Problems();
        var email = request.email().strip();
        if (taken("email", email)) {
            problems.duplicate("email", "Another user already has the e-mail address " + email + ".");
        }
        var login = request.login() == null ? null : request.login().strip();
        var username = login != null && !login.isEmpty() && login.length() <= 100
                && login.matches(NewUser.USERNAME) && !taken("username", login) ? login : email;
        if (!username.matches(NewUser.USERNAME) || username.length() > 100) {
            problems.add("email", "The e-mail address " + email + " cannot be a username; Bilet takes letters, digits and . _ - @.");
        } else if (username.equals(email) && taken("username", username)) {
            problems.duplicate("email", "The username '" + username + "' is already taken.");
        }
        Organization organization = null;
        if (request.organization() != null) {
            organization = people.organization(request.organization()).orElse(null);
            if (organization == null) {
                problems.add("organization", "There is no organization '" + request.organization() + "' in Bilet; create it first.");
            }
        }
        problems.throwIfAny();

        var user = new User(username, email, request.firstName().strip(), request.lastName().strip(),
                EnumSet.of(Role.REQUESTER), clock.instant());
        user.moveTo(organization);
        if (!request.active()) {
            user.deactivate();
        }
        em.persist(user);
        audit.record(AuditKind.USER_CREATED, username, ChangeSummary.of()
                .value("name", user.displayName()).value("e-mail", email).value("roles", user.roles())
                .value("organization", organization == null ? null : organization.path())
                .value("active", request.active()).value("imported from", request.source()));
        return UserAccount.of(user);
    }

    /** Sets roles and organization; each kind of change is audited on its own. */
    public UserAccount change(@NotNull String username,
                              @NotEmpty(message = "Give the user at least one role.") Set<Role> roles,
                              Long organizationId) {
        return change(username, roles, organizationId, user(username).phone());
    }

    /** As {@link #change(String, Set, Long)}, and the phone number calls from which find the user (blank: none). */
    public UserAccount change(@NotNull String username,
                              @NotEmpty(message = "Give the user at least one role.") Set<Role> roles,
                              Long organizationId, String phone) {
        var user = user(username);
        var problems = new Problems();
        var organization = organization(organizationId, problems);
        checkRoles(user, roles, problems);
        var number = phoneNumber(phone, problems);
        problems.throwIfAny();
        changeRoles(user, roles);
        changeOrganization(user, organization);
        changePhone(user, number);
        return UserAccount.of(user);
    }

    /** The number as stored (see {@link PhoneNumber}), null for none; a number that is not one is a problem. */
    private static String phoneNumber(String written, Problems problems) {
        if (written == null || written.isBlank()) {
            return null;
        }
        var number = PhoneNumber.normalise(written);
        if (number.isEmpty()) {
            problems.add("phone", PhoneNumber.explain(written));
        }
        return number.orElse(null);
    }

    private void changePhone(User user, String number) {
        var change = ChangeSummary.of().change("phone", user.phone(), number);
        if (!change.isEmpty()) {
            user.reachableAt(number);
            audit.record(AuditKind.USER_CHANGED, user.username(), change);
        }
    }

    /**
     * Makes the user what the profile says, if they are still at the version the caller read:
     * name, address, roles, organization, language and time zone, phone, active or not, under the same
     * rules as each change on its own; each kind of change is audited on its own.
     */
    public Versioned<UserAccount> update(@NotNull String username, long expectedVersion, @NotNull @Valid UserProfile profile) {
        var user = user(username);
        var what = "User " + username;
        Versioned.check(what, user.version(), expectedVersion);
        var problems = new Problems();
        var firstName = profile.firstName().strip();
        var lastName = profile.lastName().strip();
        var email = profile.email().strip();
        if (user.isDirectoryAccount()) {
            var directory = "The company directory gives " + user.displayName() + " their name and address again at each sign-in;"
                    + " change them there.";
            if (!user.firstName().equals(firstName)) {
                problems.add("firstName", directory);
            }
            if (!user.lastName().equals(lastName)) {
                problems.add("lastName", directory);
            }
            if (!user.email().equals(email)) {
                problems.add("email", directory);
            }
        }
        if (!ZoneId.getAvailableZoneIds().contains(profile.timeZone())) {
            problems.add("timeZone", "There is no time zone '" + profile.timeZone() + "'; use a name like Europe/Warsaw.");
        }
        var organization = organization(profile.organizationId(), problems);
        checkRoles(user, profile.roles(), problems);
        var phone = phoneNumber(profile.phone(), problems);
        if (!user.email().equalsIgnoreCase(email) && takenByAnother("email", email, user)) {
            problems.duplicate("email", "Another user already has the e-mail address " + email + ".");
        }
        problems.throwIfAny();
        if (!profile.active() && user.active()) {
            checkMayDeactivate(user);
        }

        var details = ChangeSummary.of()
                .change("name", user.displayName(), firstName + " " + lastName)
                .change("e-mail", user.email(), email)
                .change("language", user.locale(), profile.language())
                .change("time zone", user.timeZone(), profile.timeZone());
        if (!details.isEmpty()) {
            if (!user.isDirectoryAccount()) {
                user.rename(firstName, lastName);
                user.changeEmail(email);
            }
            user.preferLocale(profile.language(), profile.timeZone());
            audit.record(AuditKind.USER_CHANGED, username, details);
        }
        changeRoles(user, profile.roles());
        changeOrganization(user, organization);
        changePhone(user, phone);
        if (profile.active()) {
            reactivate(user);
        } else {
            deactivate(user);
        }
        Versioned.flush(em, what, expectedVersion);
        return new Versioned<>(UserAccount.of(user), user.version());
    }

    private void checkRoles(User user, Set<Role> roles, Problems problems) {
        if (isCaller(user) && user.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            problems.add("roles", "You cannot take away your own administrator role; another administrator can.");
        }
        if (user.isDirectoryAccount() && !user.roles().equals(roles)) {
            problems.add("roles", "The company directory gives " + user.displayName()
                    + " their roles again at each sign-in; change their groups there.");
        }
    }

    private void changeRoles(User user, Set<Role> roles) {
        var rolesChange = ChangeSummary.of().change("roles", user.roles(), roles);
        if (!rolesChange.isEmpty()) {
            user.changeRoles(EnumSet.copyOf(roles));
            audit.record(AuditKind.ROLES_CHANGED, user.username(), rolesChange);
        }
    }

    private void changeOrganization(User user, Organization organization) {
        var before = user.organization();
        var organizationChange = ChangeSummary.of().change("organization",
                before == null ? null : before.path(), organization == null ? null : organization.path());
        if (!organizationChange.isEmpty()) {
            user.moveTo(organization);
            audit.record(AuditKind.USER_CHANGED, user.username(), organizationChange);
        }
    }

    /** The user can no longer sign in nor use their API tokens; their tickets stay theirs. */
    public UserAccount deactivate(@NotNull String username) {
        var user = user(username);
        checkMayDeactivate(user);
        deactivate(user);
        return UserAccount.of(user);
    }

    public UserAccount reactivate(@NotNull String username) {
        var user = user(username);
        reactivate(user);
        return UserAccount.of(user);
    }

    private void checkMayDeactivate(User user) {
        if (isCaller(user)) {
            throw new ConflictException("You cannot deactivate yourself; another administrator can.");
        }
        long open = em.createQuery("""
                        select count(t) from Ticket t where t.assignee = :user and t.status not in :done""", Long.class)
                .setParameter("user", user)
                .setParameter("done", List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED))
                .getSingleResult();
        if (open > 0) {
            throw new ConflictException(user.displayName() + " still has " + Counted.of(open, "unresolved ticket", "unresolved tickets")
                    + " assigned; assign them to someone else first.");
        }
    }

    private void deactivate(User user) {
        if (user.active()) {
            user.deactivate();
            audit.record(AuditKind.USER_DEACTIVATED, user.username(), ChangeSummary.of().change("active", true, false));
        }
    }

    private void reactivate(User user) {
        if (!user.active()) {
            user.reactivate();
            audit.record(AuditKind.USER_REACTIVATED, user.username(), ChangeSummary.of().change("active", false, true));
        }
    }

    /** Sets the password the administrator typed; the audit says that it happened, never what. */
    public void resetPassword(@NotNull String username,
                              @NotNull(message = "Enter the new password.")
                              @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH,
                                      message = "A password has at least {min} and at most {max} characters.")
                              String password) {
        withLocalPassword(username).setPasswordHash(passwords.hash(password));
        audit.record(AuditKind.PASSWORD_RESET, username, "password set by an administrator");
    }

    /** Sets a random password and returns it: the only time anyone sees it. */
    public String generatePassword(@NotNull String username) {
        var user = withLocalPassword(username);
        var password = Passwords.generate();
        user.setPasswordHash(passwords.hash(password));
        audit.record(AuditKind.PASSWORD_RESET, username, "password generated");
        return password;
    }

    private User user(String username) {
        // Bilet's own account is nobody's to administer.
        return em.createQuery("""
                        select u from User u left join fetch u.organization
                        where u.username = :username and u.systemAccount = false""", User.class)
                .setParameter("username", username)
                .getResultStream().findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("There is no user '" + username + "'."));
    }

    /** Directory accounts sign in with the directory's password; Bilet keeps none for them. */
    private User withLocalPassword(String username) {
        var user = user(username);
        if (user.isDirectoryAccount()) {
            throw new ConflictException(user.displayName() + " signs in with the company directory password;"
                    + " change it in the directory.");
        }
        return user;
    }

    private Organization organization(Long id, Problems problems) {
        if (id == null) {
            return null;
        }
        var organization = em.find(Organization.class, id);
        if (organization == null) {
            problems.add("organizationId", "There is no organization " + id + ".");
        }
        return organization;
    }

    /** Case does not make two usernames or addresses different: the database compares them so. */
    private boolean taken(String attribute, String value) {
        return em.createQuery("select count(u) from User u where lower(u." + attribute + ") = lower(:value)", Long.class)
                .setParameter("value", value).getSingleResult() > 0;
    }

    private boolean takenByAnother(String attribute, String value, User self) {
        return em.createQuery("select count(u) from User u where lower(u." + attribute + ") = lower(:value) and u <> :self", Long.class)
                .setParameter("value", value).setParameter("self", self).getSingleResult() > 0;
    }

    private boolean isCaller(User user) {
        return user.equals(currentUser.get());
    }

    /** The escape character of {@link #matching} is {@link LikePattern#ESCAPE}. */
    private static String pattern(String text) {
        return text == null || text.isBlank() ? null : LikePattern.containing(text);
    }
}
