package org.bilet.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bilet.admin.UserAccount;
import org.bilet.admin.UserProfile;
import org.bilet.people.Role;
import org.bilet.platform.Problems;

/**
 * Applies a PATCH body (JSON merge patch) to a user as read: a missing member leaves the value
 * alone; {@code organizationId: null} takes the user out of their organization. Every problem in
 * the body is reported at once; the rules about the values are the service's.
 */
final class UserPatch {

    private static final Set<String> KNOWN = new TreeSet<>(Set.of("firstName", "lastName", "email", "language", "timeZone",
            "organizationId", "roles", "active", "phone"));

    private UserPatch() {
    }

    static UserProfile apply(UserAccount current, JsonObject body) {
        var problems = new Problems();
        body.keySet().stream().filter(key -> !KNOWN.contains(key)).sorted().forEach(key -> problems.add(key,
                key.equals("password")
                        ? "Set a password with POST /api/admin/users/{username}/password."
                        : "'" + Problem.shown(key) + "' cannot be changed here; you can change " + String.join(", ", KNOWN) + "."));
        var was = UserProfile.of(current);
        var profile = new UserProfile(
                text(body, "firstName", was.firstName(), problems),
                text(body, "lastName", was.lastName(), problems),
                text(body, "email", was.email(), problems),
                roles(body, was.roles(), problems),
                organization(body, was.organizationId(), problems),
                text(body, "language", was.language(), problems),
                text(body, "timeZone", was.timeZone(), problems),
                active(body, was.active(), problems),
                phone(body, was.phone(), problems));
        problems.throwIfAny();
        return profile;
    }

    /** A string member; null is refused, as these values cannot be cleared. */
    private static String text(JsonObject body, String key, String current, Problems problems) {
        if (!body.containsKey(key)) {
            return current;
        }
        if (body.get(key) instanceof JsonString s) {
            return s.getString();
        }
        problems.add(key, key + " must be a string.");
        return current;
    }

    /** The phone number as written, or null (which clears it). */
    private static String phone(JsonObject body, String current, Problems problems) {
        if (!body.containsKey("phone")) {
            return current;
        }
        var value = body.get("phone");
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        problems.add("phone", "phone must be a string such as \"+48 22 555 01 73\", or null for none.");
        return current;
    }

    private static Long organization(JsonObject body, Long current, Problems problems) {
        if (!body.containsKey("organizationId")) {
            return current;
        }
        var value = body.get("organizationId");
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            var decimal = number.bigDecimalValue().stripTrailingZeros();
            if (decimal.scale() <= 0 && decimal.compareTo(BigDecimal.ZERO) > 0 && decimal.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                return decimal.longValueExact();
            }
        }
        problems.add("organizationId", "organizationId must be the id of an organization (a whole number) or null.");
        return current;
    }

    private static Set<Role> roles(JsonObject body, Set<Role> current, Problems problems) {
        if (!body.containsKey("roles")) {
            return current;
        }
        if (body.get("roles").getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add("roles", "roles must be an array of " + Choices.of(Role.class) + ".");
            return current;
        }
        var roles = EnumSet.noneOf(Role.class);
        var array = body.getJsonArray("roles");
        for (int i = 0; i < array.size(); i++) {
            var role = array.get(i) instanceof JsonString s ? Choices.find(Role.class, s.getString()) : Optional.<Role>empty();
            if (role.isEmpty()) {
                problems.add("roles[" + i + "]", Choices.mustBeOneOf("roles[" + i + "]", Role.class));
            } else {
                roles.add(role.get());
            }
        }
        return roles;
    }

    private static boolean active(JsonObject body, boolean current, Problems problems) {
        if (!body.containsKey("active")) {
            return current;
        }
        return switch (body.get("active").getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            default -> {
                problems.add("active", "active must be true or false.");
                yield current;
            }
        };
    }
}
