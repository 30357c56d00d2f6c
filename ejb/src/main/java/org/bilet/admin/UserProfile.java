package org.bilet.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.bilet.people.Role;

/**
 * Everything about a user an administrator may set after creating them, as it should be after the
 * change: what equals the current value is left alone, the rest is changed and audited.
 *
 * @param phone the number calls from which find this person, as written; null or blank for none
 */
public record UserProfile(
        @NotBlank(message = "Enter the first name.")
        @Size(max = 100, message = "A first name has {max} characters at most.")
        String firstName,
        @NotBlank(message = "Enter the last name.")
        @Size(max = 100, message = "A last name has {max} characters at most.")
        String lastName,
        @NotBlank(message = "Enter an e-mail address.")
        @Email(message = "This is not an e-mail address.")
        @Size(max = 254, message = "An e-mail address has {max} characters at most.")
        String email,
        @NotEmpty(message = "Give the user at least one role.")
        Set<Role> roles,
        Long organizationId,
        @NotNull(message = "Choose a language.")
        @Pattern(regexp = NewUser.LANGUAGES, message = "Choose one of en, pl, lt, uk, ru, it.")
        String language,
        @NotBlank(message = "Choose a time zone.")
        String timeZone,
        boolean active,
        String phone) {

    /** The profile as it is now, the starting point of a partial change. */
    public static UserProfile of(UserAccount account) {
        return new UserProfile(account.firstName(), account.lastName(), account.email(), account.roles(),
                account.organizationId(), account.language(), account.timeZone(), account.active(), account.phone());
    }
}
