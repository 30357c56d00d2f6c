package org.bilet.tickets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The order of a ticket list, written "field,asc|desc" ("dueAt,asc"; without a direction
 * descending). The one list of sortable fields: the API's validation, the finder's order and the
 * screens' sortable columns all read {@link Field}. Priority ascending is the most urgent first (P1
 * before P2), so that a column's first click shows what matters most.
 */
public record TicketSort(Field field, boolean ascending) {

    public enum Field {
        NUMBER("number"), CREATED_AT("createdAt"), UPDATED_AT("updatedAt"), DUE_AT("dueAt"),
        PRIORITY("priority"), STATUS("status"), SUBJECT("subject");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        /** The name clients and table columns use. */
        public String key() {
            return key;
        }

        public static Optional<Field> byKey(String key) {
            return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
        }
    }

    public static final TicketSort NEWEST_FIRST = new TicketSort(Field.CREATED_AT, false);

    /** The sort a text names, or empty when it names none. */
    public static Optional<TicketSort> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var parts = text.strip().split(",", -1);
        if (parts.length > 2 || (parts.length == 2 && !parts[1].equals("asc") && !parts[1].equals("desc"))) {
            return Optional.empty();
        }
        return Field.byKey(parts[0]).map(field -> new TicketSort(field, parts.length == 2 && parts[1].equals("asc")));
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    @Override
    public String toString() {
        return field.key() + (ascending ? ",asc" : ",desc");
    }

    /** A sort text, when given, names a known field and direction. */
    @Documented
    @Constraint(validatedBy = KnownValidator.class)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Known {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class KnownValidator implements ConstraintValidator<Known, String> {

        private static final String MESSAGE = "Sort by " + Arrays.stream(Field.values()).map(Field::key)
                .collect(Collectors.joining(", ")) + ", optionally followed by ,asc or ,desc.";

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || TicketSort.isValid(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(MESSAGE).addConstraintViolation();
            return false;
        }
    }
}
