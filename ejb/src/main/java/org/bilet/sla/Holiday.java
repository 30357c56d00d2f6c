package org.bilet.sla;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;

/** A date on which a calendar is closed all day, with its name ("Constitution Day"). */
@Embeddable
public record Holiday(LocalDate day, String name) implements Serializable {
}
