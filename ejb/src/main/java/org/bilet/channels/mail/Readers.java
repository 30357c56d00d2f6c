package org.bilet.channels.mail;

import java.util.Locale;
import org.bilet.people.User;

/** What every mail to a person needs to know of them: whether they can get mail, their language, how to greet them. */
final class Readers {

    private Readers() {
    }

    /** Active, one of the people (not Bilet's own accounts), with an address. */
    static boolean reachable(User user) {
        return user != null && user.active() && !user.isSystemAccount() && user.email() != null && !user.email().isBlank();
    }

    static Locale locale(User user) {
        return user.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(user.locale());
    }

    /** By first name, as a service desk writes; by the whole name when there is none. */
    static String greeted(User user) {
        return user.firstName() == null || user.firstName().isBlank() ? user.displayName() : user.firstName();
    }
}
