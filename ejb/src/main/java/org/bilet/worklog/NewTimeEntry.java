package org.bilet.worklog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Time to log on a ticket: whole minutes and an optional note (plain text). */
public record NewTimeEntry(
        @NotNull(message = "Say how many minutes you spent.")
        @Min(value = TimeEntry.MIN_MINUTES, message = "Log at least {value} minute.")
        @Max(value = TimeEntry.MAX_MINUTES, message = "Log at most {value} minutes (a day) at once.")
        Integer minutes,
        @Size(max = TimeEntry.MAX_NOTE_LENGTH, message = "A note has {max} characters at most.")
        String note) {

    public static NewTimeEntry of(int minutes, String note) {
        return new NewTimeEntry(minutes, note);
    }
}
