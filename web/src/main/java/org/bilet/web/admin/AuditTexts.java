package org.bilet.web.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bilet.audit.AuditEntryInfo;
import org.bilet.audit.AuditKind;
import org.bilet.names.DisplayNames;
import org.bilet.names.NameKeys;
import org.bilet.web.session.Texts;

/**
 * An audit entry in the reader's words. The log stores keys and English labels ("team: none →
 * it-infra; type: TEXT", as the API returns them); the screen shows the labels, enum values and
 * yes/no in the reader's language and the names of the teams, people, categories, priorities,
 * fields and policies, looked up once for the page ({@link #keysOf}). A part it cannot read stays as stored.
 */
final class AuditTexts {

    private static final String NONE = "none";
    private static final String ARROW = " → ";

    /** Labels the admin screens already translate, by the label the log stores. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("e-mail", "users.email"), Map.entry("roles", "users.roles"),
            Map.entry("organization", "users.organization"), Map.entry("language", "users.language"),
            Map.entry("time zone", "users.timeZone"), Map.entry("phone", "users.phone"), Map.entry("active", "common.active"),
            Map.entry("label", "fields.label"), Map.entry("type", "fields.type"), Map.entry("choices", "fields.choices"),
            Map.entry("required", "fields.required"), Map.entry("member", "teams.member"), Map.entry("parent", "categories.parent"),
            Map.entry("team", "categories.team"), Map.entry("fields", "categories.fields"), Map.entry("rank", "priorities.rank"),
            Map.entry("resolution hours", "priorities.resolutionHours"), Map.entry("default", "priorities.default"),
            Map.entry("mode", "routing.mode"));

    private final Locale locale;
    private final DisplayNames names;

    AuditTexts(Locale locale, DisplayNames names) {
        this.locale = locale;
        this.names = names == null ? DisplayNames.NONE : names;
    }

    /** The keys a page of entries names, in its subjects and its changes. */
    static NameKeys keysOf(Collection<AuditEntryInfo> entries) {
        var keys = new NameKeys();
        for (var entry : entries) {
            subjectKind(entry.kind(), keys, entry.subject());
            for (var part : parts(entry.summary())) {
                part.values().forEach(value -> valueKind(part.what(), keys, value));
            }
        }
        return keys;
    }

    /** The subject's name ("IT infrastructure" for the team it-infra); other subjects as stored. */
    String subject(AuditEntryInfo entry) {
        var key = entry.subject();
        return switch (entry.kind()) {
            case USER_CREATED, USER_CHANGED, ROLES_CHANGED, USER_DEACTIVATED, USER_REACTIVATED, PASSWORD_RESET -> names.user(key);
            case TEAM_CREATED, TEAM_CHANGED, ROUTING_CHANGED, MEMBER_ADDED, MEMBER_REMOVED -> names.team(key);
            case CATEGORY_CREATED, CATEGORY_CHANGED, CATEGORY_DELETED -> names.category(key);
            case PRIORITY_CREATED, PRIORITY_CHANGED, PRIORITY_DELETED -> names.priority(key);
            case FIELD_CREATED, FIELD_CHANGED -> names.field(key);
            case SLA_POLICY_CREATED, SLA_POLICY_CHANGED, SLA_POLICY_DELETED -> names.slaPolicy(key);
            default -> key;
        };
    }

    /** "Typ: Tekst; Wymagane: Nie", each part in the reader's words. */
    String summary(AuditEntryInfo entry) {
        return parts(entry.summary()).stream().map(this::describe).collect(Collectors.joining("; "));
    }

    private String describe(Part part) {
        if (part.what() == null) {
            return known("audit.note." + slug(part.raw()), part.raw());
        }
        var label = LABELS.containsKey(part.what()) ? Texts.in(locale, LABELS.get(part.what()))
                : known("audit.field." + slug(part.what()), part.what());
        var values = part.values().stream().map(value -> value(part.what(), value)).toList();
        return label + ": " + String.join(ARROW, values);
    }

    private String value(String what, String value) {
        if (NONE.equals(value)) {
            return "—";
        }
        if ("yes".equals(value) || "no".equals(value)) {
            return Texts.in(locale, "common." + value);
        }
        return switch (what) {
            case "type" -> known("fields.type." + value, value);
            case "mode" -> known("routing.mode." + value, value);
            case "roles" -> each(value, one -> known("role." + one, one));
            case "team" -> names.team(value);
            case "member" -> names.user(value);
            case "parent" -> names.category(value);
            case "default" -> names.priority(value);
            case "fields" -> each(value, names::field);
            default -> value;
        };
    }

    private static void subjectKind(AuditKind kind, NameKeys keys, String subject) {
        switch (kind) {
            case USER_CREATED, USER_CHANGED, ROLES_CHANGED, USER_DEACTIVATED, USER_REACTIVATED, PASSWORD_RESET -> keys.user(subject);
            case TEAM_CREATED, TEAM_CHANGED, ROUTING_CHANGED, MEMBER_ADDED, MEMBER_REMOVED -> keys.team(subject);
            case CATEGORY_CREATED, CATEGORY_CHANGED, CATEGORY_DELETED -> keys.category(subject);
            case PRIORITY_CREATED, PRIORITY_CHANGED, PRIORITY_DELETED -> keys.priority(subject);
            case FIELD_CREATED, FIELD_CHANGED -> keys.field(subject);
            case SLA_POLICY_CREATED, SLA_POLICY_CHANGED, SLA_POLICY_DELETED -> keys.slaPolicy(subject);
            default -> {
            }
        }
    }

    private static void valueKind(String what, NameKeys keys, String value) {
        switch (what) {
            case "team" -> keys.team(value);
            case "member" -> keys.user(value);
            case "parent" -> keys.category(value);
            case "default" -> keys.priority(value);
            case "fields" -> split(value).forEach(keys::field);
            default -> {
            }
        }
    }

    private String known(String key, String otherwise) {
        var text = Texts.in(locale, key);
        return text.equals(key) ? otherwise : text;
    }

    private static String each(String list, Function<String, String> word) {
        return split(list).stream().map(word).collect(Collectors.joining(", "));
    }

    private static List<String> split(String list) {
        return NONE.equals(list) ? List.of() : Arrays.stream(list.split(", ")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String slug(String label) {
        return label.strip().replace(' ', '-');
    }

    /** "what: before → after", "what: value", or a remark ({@code what} null). */
    record Part(String raw, String what, List<String> values) {
    }

    static List<Part> parts(String summary) {
        var parts = new ArrayList<Part>();
        if (summary == null || summary.isBlank()) {
            return parts;
        }
        for (var raw : summary.split("; ")) {
            var colon = raw.indexOf(": ");
            if (colon <= 0) {
                parts.add(new Part(raw, null, List.of()));
                continue;
            }
            var rest = raw.substring(colon + 2);
            var arrow = rest.indexOf(ARROW);
            var values = arrow < 0 || rest.indexOf(ARROW, arrow + 1) >= 0 ? List.of(rest)
                    : List.of(rest.substring(0, arrow), rest.substring(arrow + ARROW.length()));
            parts.add(new Part(raw, raw.substring(0, colon), values));
        }
        return parts;
    }
}
