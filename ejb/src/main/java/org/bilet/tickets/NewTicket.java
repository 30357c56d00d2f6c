package org.bilet.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Set;

/**
 * What a requester (or staff on their behalf) reports. Only subject and description are required;
 * priority, category and team fall back to the defaults, channel to the one of the request. The
 * components are the API's JSON members; code builds one with {@link #of} and the {@code with…}
 * methods rather than positional nulls.
 *
 * @param requester username or e-mail of the person the ticket is for; staff only
 * @param language   the language the ticket is written in; detected from its text when not given
 */
public record NewTicket(
        @NotBlank(message = "Give the ticket a subject.")
        @Size(max = 200, message = "The subject has {max} characters at most.")
        String subject,
        @NotBlank(message = "Describe the problem.")
        @Size(max = 65000, message = "The description has {max} characters at most.")
        String description,
        String priority,
        String category,
        Set<String> tags,
        Channel channel,
        Map<String, String> customFields,
        String requester,
        @Pattern(regexp = "pl|lt|uk|ru|it|en", message = "The language is one of pl, lt, uk, ru, it, en.")
        String language) {

    public NewTicket {
        tags = tags == null ? Set.of() : tags;
        customFields = customFields == null ? Map.of() : customFields;
    }

    /** A ticket with just a subject and a description; everything else takes its default. */
    public static NewTicket of(String subject, String description) {
        return new NewTicket(subject, description, null, null, null, null, null, null, null);
    }

    public NewTicket withPriority(String code) {
        return new NewTicket(subject, description, code, category, tags, channel, customFields, requester, language);
    }

    public NewTicket inCategory(String key) {
        return new NewTicket(subject, description, priority, key, tags, channel, customFields, requester, language);
    }

    public NewTicket tagged(Set<String> newTags) {
        return new NewTicket(subject, description, priority, category, newTags, channel, customFields, requester, language);
    }

    /** Recorded as having come through another channel (staff only, e.g. a phone call). */
    public NewTicket via(Channel newChannel) {
        return new NewTicket(subject, description, priority, category, tags, newChannel, customFields, requester, language);
    }

    public NewTicket withCustomFields(Map<String, String> values) {
        return new NewTicket(subject, description, priority, category, tags, channel, values, requester, language);
    }

    /** Written in the given language, rather than the one detected from the text. */
    public NewTicket inLanguage(String code) {
        return new NewTicket(subject, description, priority, category, tags, channel, customFields, requester, code);
    }

    /** Opened on someone else's behalf (staff only). */
    public NewTicket forRequester(String usernameOrEmail) {
        return new NewTicket(subject, description, priority, category, tags, channel, customFields, usernameOrEmail, language);
    }
}
