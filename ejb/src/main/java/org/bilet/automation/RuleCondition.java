package org.bilet.automation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.bilet.tickets.Channel;
import org.bilet.tickets.TicketStatus;

/**
 * One condition of a rule, checked when saved and compiled once (a regular expression too), then
 * tested against {@link TicketFacts} without the database. Texts compare ignoring case; a
 * category or organization holds for what lies below it.
 */
public record RuleCondition(Field field, String customKey, Operator operator, String value, Pattern pattern) {

    /** What a condition looks at, by the name rules use. */
    public enum Field {
        CHANNEL("channel"), SUBJECT("subject"), BODY("body"), CATEGORY("category"), PRIORITY("priority"),
        TEAM("team"), ASSIGNEE("assignee"), ORGANIZATION("organization"), STATUS("status"), TAGS("tags"),
        ANSWERED("answered"),
        /** Never holds until tickets know their language; kept so that rules can be written for it. */
        LANGUAGE("language"),
        CUSTOM("custom.");

        final String jsonName;

        Field(String jsonName) {
            this.jsonName = jsonName;
        }
    }

    public enum Operator {
        IS("is"), IS_NOT("isNot"), CONTAINS("contains"), NOT_CONTAINS("notContains"), MATCHES("matches"),
        HAS("has"), HAS_NOT("hasNot"), IS_EMPTY("isEmpty"), IS_SET("isSet");

        final String jsonName;

        Operator(String jsonName) {
            this.jsonName = jsonName;
        }

        /** As rules in the API and the screen write it ("notContains"). */
        public String jsonName() {
            return jsonName;
        }

        boolean needsValue() {
            return this != IS_EMPTY && this != IS_SET;
        }
    }

    private static final Set<Operator> TEXT = EnumSet.of(Operator.CONTAINS, Operator.NOT_CONTAINS, Operator.MATCHES);
    private static final Set<Operator> CHOICE = EnumSet.of(Operator.IS, Operator.IS_NOT);
    private static final Set<Operator> OPTIONAL_CHOICE = EnumSet.of(Operator.IS, Operator.IS_NOT, Operator.IS_EMPTY, Operator.IS_SET);

    /** The operators each field takes. */
    static Set<Operator> operatorsOf(Field field) {
        return switch (field) {
            case SUBJECT, BODY -> TEXT;
            case CHANNEL, PRIORITY, ORGANIZATION, STATUS, ANSWERED, LANGUAGE -> CHOICE;
            case CATEGORY, TEAM, ASSIGNEE -> OPTIONAL_CHOICE;
            case TAGS -> EnumSet.of(Operator.HAS, Operator.HAS_NOT);
            case CUSTOM -> EnumSet.of(Operator.IS, Operator.IS_NOT, Operator.CONTAINS, Operator.IS_EMPTY, Operator.IS_SET);
        };
    }

    /** A problem with one part of a condition: which part ("field", "operator", "value") and why. */
    static final class Refused extends IllegalArgumentException {
        final String part;

        Refused(String part, String message) {
            super(message);
            this.part = part;
        }
    }

    /** The condition a definition describes; {@link Refused} naming the part that is wrong. */
    static RuleCondition of(RuleDefinition.Condition d) {
        if (d == null) {
            throw new Refused("field", "Give the field, operator and value of the condition.");
        }
        var name = d.field() == null ? "" : d.field().strip();
        Field field;
        String customKey = null;
        if (name.startsWith(Field.CUSTOM.jsonName) && name.length() > Field.CUSTOM.jsonName.length()) {
            field = Field.CUSTOM;
            customKey = name.substring(Field.CUSTOM.jsonName.length());
        } else {
            field = Arrays.stream(Field.values()).filter(f -> f != Field.CUSTOM && f.jsonName.equalsIgnoreCase(name))
                    .findFirst().orElseThrow(() -> new Refused("field", "'" + name + "' is not a field rules know; use one of "
                            + "channel, subject, body, category, priority, team, assignee, organization, status, tags, answered, "
                            + "language or custom.<key>."));
        }
        var allowed = operatorsOf(field);
        var operator = Arrays.stream(Operator.values()).filter(o -> o.jsonName.equalsIgnoreCase(d.operator() == null ? "" : d.operator().strip()))
                .filter(allowed::contains).findFirst()
                .orElseThrow(() -> new Refused("operator", "The field " + name + " takes the operators "
                        + String.join(", ", allowed.stream().map(o -> o.jsonName).toList()) + "."));
        var value = d.value() == null || d.value().isBlank() ? null : d.value().strip();
        if (!operator.needsValue()) {
            return new RuleCondition(field, customKey, operator, null, null);
        }
        if (value == null) {
            throw new Refused("value", "Give the value to compare " + name + " with.");
        }
        if (value.length() > 500) {
            throw new Refused("value", "A condition's value has 500 characters at most.");
        }
        Pattern pattern = null;
        try {
            switch (field) {
                case CHANNEL -> value = Channel.valueOf(value.toUpperCase(Locale.ROOT)).name();
                case STATUS -> value = TicketStatus.valueOf(value.toUpperCase(Locale.ROOT)).name();
                case ANSWERED -> value = Boolean.toString(parseBoolean(value));
                default -> { }
            }
        } catch (IllegalArgumentException e) {
            throw new Refused("value", "'" + value + "' is not a " + name + switch (field) {
                case CHANNEL -> "; use one of " + Arrays.toString(Channel.values()) + ".";
                case STATUS -> "; use one of " + Arrays.toString(TicketStatus.values()) + ".";
                default -> "; use true or false.";
            });
        }
        if (operator == Operator.MATCHES) {
            try {
                pattern = SafeRegex.compile(value);
            } catch (IllegalArgumentException e) {
                throw new Refused("value", e.getMessage());
            }
        }
        return new RuleCondition(field, customKey, operator, value, pattern);
    }

    private static boolean parseBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    /** The definition this condition was made from, normalized. */
    RuleDefinition.Condition definition() {
        return new RuleDefinition.Condition(fieldName(), operator.jsonName, value);
    }

    String fieldName() {
        return field == Field.CUSTOM ? Field.CUSTOM.jsonName + customKey : field.jsonName;
    }

    /** Whether the condition holds for the ticket. */
    public boolean holds(TicketFacts t) {
        return switch (field) {
            case CHANNEL -> same(t.channel());
            case SUBJECT -> text(t.subject());
            case BODY -> text(t.body());
            case CATEGORY -> within(t.categories());
            case PRIORITY -> same(t.priority());
            case TEAM -> same(t.team());
            case ASSIGNEE -> same(t.assignee());
            case ORGANIZATION -> within(t.organizations());
            case STATUS -> same(t.status());
            case ANSWERED -> same(Boolean.toString(t.answered()));
            case LANGUAGE -> t.language() != null && same(t.language());
            case TAGS -> t.tags().stream().anyMatch(tag -> tag.equalsIgnoreCase(value)) == (operator == Operator.HAS);
            case CUSTOM -> operator == Operator.CONTAINS ? contains(t.customValues().get(customKey)) : same(t.customValues().get(customKey));
        };
    }

    /** What the ticket has in the condition's field, for explaining a verdict. */
    public String actual(TicketFacts t) {
        return switch (field) {
            case CHANNEL -> t.channel();
            case SUBJECT -> t.subject();
            case BODY -> t.body() == null || t.body().length() <= 200 ? t.body() : t.body().substring(0, 200) + "…";
            case CATEGORY -> t.categories().isEmpty() ? null : t.categories().get(0);
            case PRIORITY -> t.priority();
            case TEAM -> t.team();
            case ASSIGNEE -> t.assignee();
            case ORGANIZATION -> t.organizations().isEmpty() ? null : t.organizations().get(0);
            case STATUS -> t.status();
            case ANSWERED -> Boolean.toString(t.answered());
            case LANGUAGE -> t.language();
            case TAGS -> String.join(", ", t.tags());
            case CUSTOM -> t.customValues().get(customKey);
        };
    }

    private boolean same(String actual) {
        return switch (operator) {
            case IS -> value.equalsIgnoreCase(nullToEmpty(actual));
            case IS_NOT -> !value.equalsIgnoreCase(nullToEmpty(actual));
            case IS_EMPTY -> actual == null || actual.isEmpty();
            case IS_SET -> actual != null && !actual.isEmpty();
            default -> false;
        };
    }

    private boolean within(List<String> selfAndParents) {
        return switch (operator) {
            case IS -> selfAndParents.stream().anyMatch(value::equalsIgnoreCase);
            case IS_NOT -> selfAndParents.stream().noneMatch(value::equalsIgnoreCase);
            case IS_EMPTY -> selfAndParents.isEmpty();
            case IS_SET -> !selfAndParents.isEmpty();
            default -> false;
        };
    }

    private boolean text(String actual) {
        return switch (operator) {
            case CONTAINS -> contains(actual);
            case NOT_CONTAINS -> !contains(actual);
            case MATCHES -> SafeRegex.finds(pattern, actual);
            default -> false;
        };
    }

    private boolean contains(String actual) {
        return actual != null && actual.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
