package org.bilet.people;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bilet.platform.InvalidInputException;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;

/** A person who signs in to Bilet: requester, agent, manager or administrator. */
@Entity
@Table(name = "app_user")
@Cacheable
@NaturalIdCache
@NamedQuery(name = User.COUNT_WITH_ROLE, query = "select count(u) from User u join u.roles r where r = :role")
@NamedQuery(name = User.BY_USERNAME_OR_EMAIL,
        query = "select u from User u where (u.username = :key or u.email = :key) and u.systemAccount = false")
@NamedQuery(name = User.ACTIVE_BY_PHONE, query = """
        select u from User u where u.phone = :phone and u.active = true and u.systemAccount = false order by u.username""")
@NamedQuery(name = User.COUNT_OTHERS_WITH_EMAIL,
        query = "select count(u) from User u where u.email = :email and u.username <> :username")
public class User {

    public static final String BY_USERNAME_OR_EMAIL = "User.byUsernameOrEmail";
    public static final String COUNT_WITH_ROLE = "User.countWithRole";
    public static final String COUNT_OTHERS_WITH_EMAIL = "User.countOthersWithEmail";
    /** Active people with a normalised number (index {@code ix_app_user_phone}). */
    public static final String ACTIVE_BY_PHONE = "User.activeByPhone";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NaturalId
    private String username;

    private String email;
    private String firstName;
    private String lastName;
    private String passwordHash;
    private String locale;
    private String timeZone;

    /** Whether the user picked the language; until then screens follow the browser's. */
    private boolean languageChosen;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    private String contractNumber;

    /** Normalised by {@link PhoneNumber}; null when unknown. */
    private String phone;

    /** Whether this requester may follow every ticket of their organization, not only their own. */
    private boolean seesOrganizationTickets;

    private boolean active = true;

    /**
     * Which credentials count: every screen session and API token carries the generation it was
     * made in, and only those of the current one are honoured (see {@link #endSessions()}).
     */
    private int credentialGeneration;

    /** Signs in with the company directory, which owns the name, address and roles; no local password. */
    private boolean directoryAccount;

    /** Bilet's own account, the actor of work no person does; nobody signs in as it (see {@code SystemActor}). */
    private boolean systemAccount;

    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "user_attribute", joinColumns = @JoinColumn(name = "user_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "value")
    private Map<String, String> attributes = new HashMap<>();

    protected User() {
    }

    public User(String username, String email, String firstName, String lastName, Set<Role> roles, Instant createdAt) {
        this.username = Objects.requireNonNull(username);
        this.email = Objects.requireNonNull(email);
        this.firstName = Objects.requireNonNull(firstName);
        this.lastName = Objects.requireNonNull(lastName);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
        this.locale = "en";
        this.timeZone = "UTC";
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A person from the company directory, created at their first sign-in. */
    public static User fromDirectory(String username, String email, String firstName, String lastName,
                                     Set<Role> roles, Instant createdAt) {
        var user = new User(username, email, firstName, lastName, roles, createdAt);
        user.directoryAccount = true;
        return user;
    }

    /** A new password: whoever signed in with the old one, and every token made meanwhile, is signed out. */
    public void setPasswordHash(String passwordHash) {
        if (directoryAccount) {
            throw new IllegalStateException("a directory account signs in with its directory password");
        }
        this.passwordHash = Objects.requireNonNull(passwordHash);
        endSessions();
    }

    /**
     * Takes over what the directory says now. Only what differs is touched, so a sign-in that
     * changes nothing writes nothing.
     */
    public void refreshFromDirectory(String email, String firstName, String lastName, Set<Role> roles) {
        if (!directoryAccount) {
            throw new IllegalStateException("a local account is not managed by the directory");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        if (!this.email.equals(email)) {
            this.email = Objects.requireNonNull(email);
        }
        if (!this.firstName.equals(firstName)) {
            this.firstName = Objects.requireNonNull(firstName);
        }
        if (!this.lastName.equals(lastName)) {
            this.lastName = Objects.requireNonNull(lastName);
        }
        if (!this.roles.equals(roles)) {
            this.roles.clear();
            this.roles.addAll(roles);
        }
    }

    /** The name an administrator corrects; the directory's own users are renamed there. */
    public void rename(String newFirstName, String newLastName) {
        requireLocal();
        this.firstName = Objects.requireNonNull(newFirstName);
        this.lastName = Objects.requireNonNull(newLastName);
    }

    /** A new address; the directory's own users get theirs from the directory. */
    public void changeEmail(String newEmail) {
        requireLocal();
        this.email = Objects.requireNonNull(newEmail);
    }

    private void requireLocal() {
        if (directoryAccount) {
            throw new IllegalStateException("the directory owns the names and addresses of its users");
        }
    }

    public void preferLocale(String locale, String timeZone) {
        this.locale = Objects.requireNonNull(locale);
        this.timeZone = Objects.requireNonNull(timeZone);
    }

    /** The language the user picked in the screens; mails follow it too. */
    public void chooseLanguage(String language) {
        this.locale = Objects.requireNonNull(language);
        this.languageChosen = true;
    }

    public boolean languageChosen() {
        return languageChosen;
    }

    public void joinOrganization(Organization organization, String contractNumber) {
        this.organization = organization;
        this.contractNumber = contractNumber;
    }

    /** The number the person calls from, normalised; null or blank: none. */
    public void reachableAt(String phoneNumber) {
        if (phoneNumber == null || phoneNumber.isBlank()) {
            this.phone = null;
            return;
        }
        this.phone = PhoneNumber.normalise(phoneNumber)
                .orElseThrow(() -> InvalidInputException.of("phone", PhoneNumber.explain(phoneNumber)));
    }

    public void allowOrganizationTickets(boolean allowed) {
        this.seesOrganizationTickets = allowed;
    }

    public void putAttribute(String name, String value) {
        attributes.put(name, value);
    }

    /** The user can no longer sign in, and every session and token they had ends; reactivating revives none. */
    public void deactivate() {
        active = false;
        endSessions();
    }

    public void reactivate() {
        active = true;
    }

    /**
     * Ends every screen session and API token the user has: they belong to an earlier generation of
     * the user's credentials from now on. The next sign-in starts in the new one.
     */
    public void endSessions() {
        credentialGeneration++;
    }

    /** The generation a session or token made now carries; one made earlier no longer counts. */
    public int credentialGeneration() {
        return credentialGeneration;
    }

    /** Replaces the roles; a user always keeps at least one. */
    public void changeRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    /** Moves the user to another organization or department (none: null), keeping the contract. */
    public void moveTo(Organization newOrganization) {
        this.organization = newOrganization;
    }

    /** Staff see every ticket; requesters only their own (and their organization's where allowed). */
    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Raised by every change; the administration API's ETag. */
    public long version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String username() {
        return username;
    }

    public String email() {
        return email;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String displayName() {
        return (firstName + " " + lastName).strip();
    }

    public String locale() {
        return locale;
    }

    public String timeZone() {
        return timeZone;
    }

    public Organization organization() {
        return organization;
    }

    public String contractNumber() {
        return contractNumber;
    }

    /** The normalised phone number ({@link PhoneNumber}); null when unknown. */
    public String phone() {
        return phone;
    }

    public boolean seesOrganizationTickets() {
        return seesOrganizationTickets;
    }

    public boolean active() {
        return active;
    }

    /** The PBKDF2 hash to check a typed password against; null for directory accounts and Bilet's own. */
    String passwordHash() {
        return passwordHash;
    }

    public boolean isDirectoryAccount() {
        return directoryAccount;
    }

    public boolean isSystemAccount() {
        return systemAccount;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public Map<String, String> attributes() {
        return Map.copyOf(attributes);
    }

    /** Users are the same person when their usernames match, whichever session loaded them. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof User that && username.equals(that.username());
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
