package org.bilet.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects what is wrong with a request so that all of it is reported at once, not one field per
 * attempt.
 */
public final class Problems {

    private final List<InvalidInputException.FieldError> errors = new ArrayList<>();
    private boolean onlyDuplicates = true;

    /** The value if present; otherwise records the message and returns null. */
    public <T> T require(String field, Optional<T> value, String message) {
        if (value.isEmpty()) {
            add(field, message);
        }
        return value.orElse(null);
    }

    /**
     * Resolves a name a client sent: null when none was sent; otherwise what the lookup finds, or
     * null with "There is no {noun} '{name}'." recorded for the field.
     */
    public <T> T find(String field, String noun, String name, Function<String, Optional<T>> lookup) {
        return name == null ? null : require(field, lookup.apply(name), "There is no " + noun + " '" + name + "'.");
    }

    /** Runs a check that may throw InvalidInputException, keeping its errors; null when it failed. */
    public <T> T capture(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            onlyDuplicates &= e instanceof DuplicateException;
            return null;
        }
    }

    public void add(String field, String message) {
        errors.add(new InvalidInputException.FieldError(field, message));
        onlyDuplicates = false;
    }

    /** A value another one already has; when every problem is one of these, the refusal is a {@link DuplicateException}. */
    public void duplicate(String field, String message) {
        errors.add(new InvalidInputException.FieldError(field, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw onlyDuplicates ? new DuplicateException(errors) : new InvalidInputException(errors);
        }
    }
}
