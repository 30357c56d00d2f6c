package org.bilet.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bilet.platform.Problems;

/**
 * Turns a JSON body into what a resource takes (a record, a list, or the JSON itself) and checks
 * each member's type on the way: a string where a string is expected, true or false for a flag, a
 * whole number for a count, one of an enum's names. Nothing is coerced ("true" is no boolean, 12 no
 * string), except that a value in a map of strings (custom fields) may be a number or true/false,
 * which it holds as written. Every mismatch is reported at once, named by where it is
 * ({@code hours[1].day}) and with the type expected. A null member counts as absent; members the
 * record does not have are ignored.
 */
final class BodyBinding {

    private static final ClassValue<RecordShape> RECORDS = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return RecordShape.of(type);
        }
    };

    private BodyBinding() {
    }

    /** Whether bodies of this type are read here: the JSON itself, records, and collections of them. */
    static boolean binds(Class<?> type) {
        return JsonValue.class.isAssignableFrom(type) || type.isRecord() || type == List.class || type == Set.class
                || type == Collection.class;
    }

    static Object bind(JsonValue body, Type type) {
        var problems = new Problems();
        var value = read(body, type, null, problems);
        problems.throwIfAny();
        return value;
    }

    /** A custom field's value as text: a string, or a number or true/false as written; empty for anything else. */
    static Optional<String> scalarText(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> Optional.of(((JsonString) value).getString());
            case NUMBER, TRUE, FALSE -> Optional.of(value.toString());
            default -> Optional.empty();
        };
    }

    private static Object read(JsonValue json, Type type, String path, Problems problems) {
        var raw = rawClass(type);
        if (JsonValue.class.isAssignableFrom(raw)) {
            return raw.isInstance(json) ? json : refuse(path, raw == JsonArray.class ? "an array" : "an object", problems);
        }
        if (raw == String.class) {
            return json instanceof JsonString s ? s.getString() : refuse(path, "a string", problems);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return switch (json.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> refuse(path, "true or false", problems);
            };
        }
        if (raw == Integer.class || raw == int.class) {
            var whole = whole(json, path, Integer.MIN_VALUE, Integer.MAX_VALUE, problems);
            return whole == null ? null : whole.intValue();
        }
        if (raw == Long.class || raw == long.class) {
            return whole(json, path, Long.MIN_VALUE, Long.MAX_VALUE, problems);
        }
        if (raw == Instant.class) {
            return instant(json, path, problems);
        }
        if (raw.isEnum()) {
            return enumValue(json, raw, path, problems);
        }
        if (raw.isRecord()) {
            return record(json, raw, path, problems);
        }
        if (raw == List.class || raw == Collection.class) {
            return elements(json, type, path, problems, new ArrayList<>());
        }
        if (raw == Set.class) {
            return elements(json, type, path, problems, new LinkedHashSet<>());
        }
        if (raw == Map.class && typeArgument(type, 0) == String.class && typeArgument(type, 1) == String.class) {
            return textMap(json, path, problems);
        }
        if (raw == Map.class && typeArgument(type, 0) == String.class) {
            return valueMap(json, typeArgument(type, 1), path, problems);
        }
        throw new IllegalArgumentException("No JSON binding for " + type.getTypeName());
    }

    private static Object record(JsonValue json, Class<?> type, String path, Problems problems) {
        if (!(json instanceof JsonObject object)) {
            return refuse(path, "an object", problems);
        }
        var shape = RECORDS.get(type);
        var arguments = new Object[shape.components().length];
        for (int i = 0; i < arguments.length; i++) {
            var component = shape.components()[i];
            var member = object.get(component.getName());
            arguments[i] = member == null || member.getValueType() == JsonValue.ValueType.NULL
                    ? absent(component.getType())
                    : read(member, component.getGenericType(), at(path, component.getName()), problems);
        }
        return problems.isEmpty() ? shape.create(arguments) : null;
    }

    private static <C extends Collection<Object>> C elements(JsonValue json, Type type, String path, Problems problems, C into) {
        if (!(json instanceof JsonArray array)) {
            return refuse(path, "an array", problems);
        }
        var elementType = typeArgument(type, 0);
        for (int i = 0; i < array.size(); i++) {
            var element = array.get(i);
            var elementPath = (path == null ? "request" : path) + "[" + i + "]";
            into.add(element.getValueType() == JsonValue.ValueType.NULL ? refuse(elementPath, describe(elementType), problems)
                    : read(element, elementType, elementPath, problems));
        }
        return into;
    }

    private static Map<String, String> textMap(JsonValue json, String path, Problems problems) {
        if (!(json instanceof JsonObject object)) {
            return refuse(path, "an object", problems);
        }
        var values = new LinkedHashMap<String, String>();
        object.forEach((key, value) -> {
            if (value.getValueType() != JsonValue.ValueType.NULL) {
                values.put(key, scalarText(value).orElseGet(() -> refuse(at(path, key), "a string, a number, true or false", problems)));
            }
        });
        return values;
    }

    /** An object whose members are each of one type (a choice's translations: an object of texts). */
    private static Map<String, Object> valueMap(JsonValue json, Type valueType, String path, Problems problems) {
        if (!(json instanceof JsonObject object)) {
            return refuse(path, "an object", problems);
        }
        var values = new LinkedHashMap<String, Object>();
        object.forEach((key, value) -> {
            if (value.getValueType() != JsonValue.ValueType.NULL) {
                values.put(key, read(value, valueType, at(path, key), problems));
            }
        });
        return values;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(JsonValue json, Class<?> type, String path, Problems problems) {
        return enumOf(json, (Class) type, path, problems);
    }

    private static <E extends Enum<E>> E enumOf(JsonValue json, Class<E> type, String path, Problems problems) {
        var found = json instanceof JsonString s ? Choices.find(type, s.getString()) : Optional.<E>empty();
        if (found.isEmpty()) {
            problems.add(field(path), Choices.mustBeOneOf(subject(path), type));
        }
        return found.orElse(null);
    }

    /** An instant written as ISO-8601 with its offset: 2026-12-04T16:10:00Z or …+01:00. */
    private static Instant instant(JsonValue json, String path, Problems problems) {
        if (json instanceof JsonString s) {
            try {
                return OffsetDateTime.parse(s.getString()).toInstant();
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        return refuse(path, "a time with its offset, such as 2026-12-04T16:10:00Z", problems);
    }

    /** A whole number within the bounds; 5.0 and 1e2 are whole, 1.5 and 1e400 are not taken. */
    private static Long whole(JsonValue json, String path, long min, long max, Problems problems) {
        if (!(json instanceof JsonNumber number)) {
            return refuse(path, "a whole number", problems);
        }
        var value = number.bigDecimalValue().stripTrailingZeros();
        if (value.scale() > 0) {
            return refuse(path, "a whole number", problems);
        }
        if (value.precision() - value.scale() > 19 || value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            return refuse(path, "a whole number from " + min + " to " + max, problems);
        }
        return value.longValueExact();
    }

    private static Object absent(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        return type == long.class ? 0L : null;
    }

    private static <T> T refuse(String path, String expected, Problems problems) {
        problems.add(field(path), path == null
                ? "The body must be " + (expected.startsWith("an ") ? "a JSON " + expected.substring(3) : expected) + "."
                : path + " must be " + expected + ".");
        return null;
    }

    private static String describe(Type type) {
        var raw = rawClass(type);
        if (raw == String.class) {
            return "a string";
        }
        if (raw == Boolean.class) {
            return "true or false";
        }
        if (raw == Integer.class || raw == Long.class) {
            return "a whole number";
        }
        if (raw.isEnum()) {
            @SuppressWarnings("unchecked")
            var enumType = (Class<? extends Enum<?>>) raw;
            return "one of " + Choices.of(enumType);
        }
        return raw == List.class || raw == Set.class || raw == Collection.class ? "an array" : "an object";
    }

    private static String field(String path) {
        return path == null ? "request" : path;
    }

    private static String subject(String path) {
        return path == null ? "The body" : path;
    }

    private static String at(String path, String name) {
        return path == null ? name : path + "." + name;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("No JSON binding for " + type.getTypeName());
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException("No JSON binding for the raw " + type.getTypeName());
    }

    /** A record's components and its canonical constructor, looked up once per record type. */
    private record RecordShape(RecordComponent[] components, Constructor<?> constructor) {

        static RecordShape of(Class<?> type) {
            var components = type.getRecordComponents();
            try {
                var constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                return new RecordShape(components, constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("A record without its canonical constructor: " + type.getName(), e);
            }
        }

        Object create(Object[] arguments) {
            try {
                return constructor.newInstance(arguments);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException refusal) {
                    throw refusal;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
