package org.bilet.reports.placeholder;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.util.Objects;

/** Exists to prove the wiring of reports until its first real entity replaces it (see package-info). */
@Entity
@NamedQuery(name = ReportsPlaceholder.NAMES, query = "select p.name from ReportsPlaceholder p order by p.name")
public class ReportsPlaceholder {

    public static final String NAMES = "ReportsPlaceholder.names";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    protected ReportsPlaceholder() {
    }

    public ReportsPlaceholder(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }
}
