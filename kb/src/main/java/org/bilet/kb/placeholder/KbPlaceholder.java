package org.bilet.kb.placeholder;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.util.Objects;

/** Exists to prove the wiring of kb until its first real entity replaces it (see package-info). */
@Entity
@NamedQuery(name = KbPlaceholder.NAMES, query = "select p.name from KbPlaceholder p order by p.name")
public class KbPlaceholder {

    public static final String NAMES = "KbPlaceholder.names";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    protected KbPlaceholder() {
    }

    public KbPlaceholder(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }
}
