package org.bilet.routing;

import java.util.List;

/**
 * A team's routing as administrators see and send it: the mode's name (a {@link RoutingMode}),
 * the assignment timeout in minutes (null: none) and what its agents are skilled in.
 */
public record RoutingSettings(String mode, Integer assignmentTimeoutMinutes, List<Skills> skills) {

    /** One agent's skills: category keys and language codes. */
    public record Skills(String agent, List<String> categories, List<String> languages) {
    }
}
