package org.bilet.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.bilet.platform.Page;
import org.hibernate.Session;

/** Who is who: the caller, users, teams. */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class Directory {

    @Inject
    EntityManager em;

    @Inject
    SecurityContext securityContext;

    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public UserInfo me() {
        var name = securityContext.getCallerPrincipal().getName();
        return UserInfo.of(em.unwrap(Session.class).bySimpleNaturalId(User.class).load(name));
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

    public List<TeamInfo> teams() {
        return em.createQuery("select distinct t from Team t left join fetch t.members order by t.key", Team.class)
                .getResultStream().map(TeamInfo::of).toList();
    }
}
