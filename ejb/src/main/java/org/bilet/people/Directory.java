package org.bilet.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.bilet.platform.LikePattern;
import org.bilet.platform.Page;

/** Who is who: the caller, users, teams. */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class Directory {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public UserInfo me() {
        return UserInfo.of(currentUser.get());
    }

    /** Remembers the caller's language among those the screens speak. */
    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public void chooseLanguage(@NotNull @Pattern(regexp = "pl|lt|uk|ru|it|en", message = "Choose one of pl, lt, uk, ru, it, en.")
                               String language) {
        currentUser.get().chooseLanguage(language);
    }

    public Page<UserInfo> users(@Min(value = 0, message = "Pages start at 0.") int page,
                                @Min(value = 1, message = "A page has at least 1 item.")
                                @Max(value = Page.MAX_SIZE, message = "A page has at most {value} items.") int size) {
        long total = em.createQuery("select count(u) from User u", Long.class).getSingleResult();
        var users = em.createQuery("select u from User u left join fetch u.organization order by u.username", User.class)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(UserInfo::of).toList();
        return new Page<>(users, total, page, size);
    }

    /**
     * Active people whose user name, name or address holds the text, by name, at most ten: whom
     * staff may open a ticket for (a call, a walk-in).
     */
    public List<PersonChoice> find(@NotNull(message = "Type part of a name.") @Size(max = 100, message = "Type at most 100 characters.")
                                   String text) {
        return em.createQuery("""
                        select u from User u left join fetch u.organization
                        where u.active = true and u.systemAccount = false
                          and (lower(u.username) like :text escape '!' or lower(u.email) like :text escape '!'
                               or lower(concat(u.firstName, ' ', u.lastName)) like :text escape '!')
                        order by u.firstName, u.lastName, u.username""", User.class)
                .setParameter("text", LikePattern.containing(text)).setMaxResults(FOUND)
                .getResultStream().map(PersonChoice::of).toList();
    }

    private static final int FOUND = 10;

    /** Active staff, by name: the people tickets can be assigned to. */
    public List<TeamInfo.Member> staff() {
        return em.createQuery("select distinct u from User u join u.roles r where u.active = true and r in :roles"
                        + " order by u.firstName, u.lastName", User.class)
                .setParameter("roles", Set.of(Role.AGENT, Role.MANAGER, Role.ADMIN))
                .getResultStream().map(u -> new TeamInfo.Member(u.username(), u.displayName())).toList();
    }

    public List<TeamInfo> teams() {
        return em.createQuery("select distinct t from Team t left join fetch t.members order by t.key", Team.class)
                .getResultStream().map(TeamInfo::of).toList();
    }
}
