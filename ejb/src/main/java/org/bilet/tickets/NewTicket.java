package org.bilet.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Set;

/**
 * What a requester (or staff on their behalf) reports. Only subject and description are required;
 * priority, category and team fall back to the defaults, channel to the one of the request.
 *
 * @param requester username or e-mail of the person the ticket is for; staff only
 */
public record NewTicket(
        @NotBlank(message = "Give the ticket a subject.")
        @Size(max = 200, message = "The subject has {max} characters at most.")
        String subject,
        @NotBlank(message = "Describe the problem.")
        @Size(max = 65000, message = "The description has {max} characters at most.")
        String description,
        String priority,
        String category,
        Set<String> tags,
        Channel channel,
        Map<String, String> customFields,
        String requester) {

    public NewTicket {
        tags = tags == null ? Set.of() : tags;
        customFields = customFields == null ? Map.of() : customFields;
    }
}
