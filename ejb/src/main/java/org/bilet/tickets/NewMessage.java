package org.bilet.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reply, or with internal = true a note that only staff see. */
public record NewMessage(
        @NotBlank(message = "The message is empty.")
        @Size(max = 65000, message = "A message has {max} characters at most.")
        String body,
        boolean internal) {
}
