package org.bilet.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.bilet.people.PasswordPolicy;
import org.bilet.people.Role;

/** A user as an administrator creates them, with the initial password they hand over. */
public record NewUser(
        @NotBlank(message = "Enter a username.")
        @Size(max = 100, message = "A username has {max} characters at most.")
        @Pattern(regexp = USERNAME, message = "A username starts with a letter or digit and has only letters, digits and . _ - @.")
        String username,
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
        @Pattern(regexp = LANGUAGES, message = "Choose one of en, pl, lt, uk, ru, it.")
        String language,
        @NotBlank(message = "Choose a time zone.")
        String timeZone,
        @NotNull(message = "Enter an initial password.")
        @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH,
                message = "A password has at least {min} and at most {max} characters.")
        String password) {

    public static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._@-]*";
    public static final String LANGUAGES = "en|pl|lt|uk|ru|it";
}
