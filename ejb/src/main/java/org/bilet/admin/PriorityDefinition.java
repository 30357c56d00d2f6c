package org.bilet.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Map;

/**
 * One step of the priority scale as administrators define it; a higher rank is more urgent. The
 * name is the default language's; {@code translations} names it in others (language to name; null
 * when changing: leave them as they are, empty: none).
 */
public record PriorityDefinition(
        @NotBlank(message = "Enter a code.")
        @Size(max = 30, message = "A code has {max} characters at most.")
        @Pattern(regexp = "[A-Z0-9_]+", message = "A code has capital letters, digits and _ only, like URGENT.")
        String code,
        @NotBlank(message = "Enter a name.")
        @Size(max = 100, message = "A name has {max} characters at most.")
        String name,
        @Min(value = 1, message = "The rank is at least {value}.")
        @Max(value = 1000, message = "The rank is at most {value}.")
        int rank,
        @Min(value = 1, message = "Tickets are due at least {value} hour after they are opened.")
        @Max(value = 8760, message = "Tickets are due at most {value} hours (a year) after they are opened.")
        int resolutionHours,
        boolean isDefault,
        Map<String, String> translations) implements Serializable {

    /** Without a word about translations: a new priority has none, a change keeps them. */
    public PriorityDefinition(String code, String name, int rank, int resolutionHours, boolean isDefault) {
        this(code, name, rank, resolutionHours, isDefault, null);
    }
}
