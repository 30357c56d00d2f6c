package org.bilet.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Resolves the names clients send: usernames or e-mail addresses, team keys, organization names. */
@ApplicationScoped
public class PeopleLookup {

    @Inject
    EntityManager em;

    public Optional<User> user(String usernameOrEmail) {
        return em.createNamedQuery(User.BY_USERNAME_OR_EMAIL, User.class)
                .setParameter("key", usernameOrEmail)
                .getResultStream().findFirst();
    }

    /** The teams the user is a member of. */
    public List<Team> teamsOf(User member) {
        return em.createQuery("select t from Team t join t.members m where m = :member", Team.class)
                .setParameter("member", member)
                .getResultList();
    }

    public Optional<Team> team(String key) {
        return em.createQuery("select t from Team t where t.key = :key", Team.class)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    /** The organization of that name, or else a department of that name (names of departments may repeat). */
    public Optional<Organization> organization(String name) {
        return em.createQuery("select o from Organization o where o.name = :name order by case when o.parent is null then 0 else 1 end, o.id",
                        Organization.class)
                .setParameter("name", name)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
