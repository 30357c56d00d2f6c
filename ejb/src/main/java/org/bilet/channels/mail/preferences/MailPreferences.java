package org.bilet.channels.mail.preferences;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bilet.channels.mail.MailTopic;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.people.User;
import org.bilet.platform.InvalidInputException;

/**
 * Which mails a person gets. People read and change their own choices; capabilities that mail ask
 * {@link #wants} before queueing, in whatever transaction they mail from.
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.SYSTEM})
public class MailPreferences {

    /** Whether the caller gets mail of a topic. */
    public record Choice(MailTopic topic, boolean byMail) {
    }

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_]{1,40}");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** Whether {@code user} gets mail of {@code topic}: yes, unless their role can't or they said no. */
    public boolean wants(User user, MailTopic topic) {
        if (!topic.reaches(user.isStaff())) {
            return false;
        }
        var choice = em.find(MailPreference.class, new MailPreference.Key(user.id(), topic));
        return choice == null || choice.byMail();
    }

    /** The caller's choice for every topic their role can get, in the order topics are declared. */
    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public List<Choice> mine() {
        var me = currentUser.get();
        var stored = em.createQuery("select p from MailPreference p where p.key.userId = :user", MailPreference.class)
                .setParameter("user", me.id())
                .getResultStream()
                .collect(Collectors.toMap(MailPreference::topic, MailPreference::byMail));
        return topicsOf(me).stream().map(topic -> new Choice(topic, stored.getOrDefault(topic, true))).toList();
    }

    /**
     * Changes the caller's choices: {@code choices} maps topic names to true (mail me) or false; the
     * topics it leaves out stay as they were. Every wrong entry is named, and nothing changes then.
     */
    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public List<Choice> choose(Map<String, ?> choices) {
        var me = currentUser.get();
        var mine = topicsOf(me);
        var valid = new LinkedHashMap<MailTopic, Boolean>();
        var errors = new ArrayList<InvalidInputException.FieldError>();
        if (choices == null || choices.isEmpty()) {
            throw InvalidInputException.of("choices", "Name at least one kind of mail and whether you want it, e.g. {\"ASSIGNED\": false}.");
        }
        choices.forEach((name, value) -> {
            var topic = Arrays.stream(MailTopic.values()).filter(t -> t.name().equals(name)).findFirst();
            // What the caller sent is not repeated back: a name only when it is a plain word.
            var field = name != null && PLAIN_NAME.matcher(name).matches() ? name : "choices";
            if (topic.isEmpty() || !mine.contains(topic.get())) {
                errors.add(new InvalidInputException.FieldError(field, (field.equals(name) ? name + " is not" : "That is not")
                        + " a kind of mail you can get. You can choose: "
                        + mine.stream().map(MailTopic::name).collect(Collectors.joining(", ")) + "."));
            } else if (!(value instanceof Boolean)) {
                errors.add(new InvalidInputException.FieldError(name, name + " is true (mail me) or false (don't)."));
            } else {
                valid.put(topic.get(), (Boolean) value);
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        valid.forEach((topic, byMail) -> {
            var stored = em.find(MailPreference.class, new MailPreference.Key(me.id(), topic));
            if (stored != null) {
                stored.choose(byMail);
            } else if (!byMail) {
                em.persist(new MailPreference(me.id(), topic, false));
            }
        });
        em.flush();
        return mine();
    }

    private static List<MailTopic> topicsOf(User user) {
        return Arrays.stream(MailTopic.values()).filter(topic -> topic.reaches(user.isStaff())).toList();
    }
}
