package org.bilet.desk;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import java.time.Instant;
import java.util.Objects;
import org.bilet.people.User;

/** A queue with its filters and sort, saved by an agent under a name: the queue page's query string. */
@Entity
@NamedQuery(name = SavedFilter.OF_OWNER, query = "select f from SavedFilter f where f.owner = :owner order by f.name")
public class SavedFilter {

    static final String OF_OWNER = "SavedFilter.ofOwner";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private User owner;

    private String name;
    private String query;
    private Instant createdAt;

    protected SavedFilter() {
    }

    SavedFilter(User owner, String name, String query, Instant createdAt) {
        this.owner = Objects.requireNonNull(owner);
        this.name = Objects.requireNonNull(name);
        this.query = Objects.requireNonNull(query);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Saving under an existing name replaces what that name stands for. */
    void redefine(String query) {
        this.query = Objects.requireNonNull(query);
    }

    boolean isOwnedBy(User user) {
        return owner.equals(user);
    }

    SavedFilterInfo info() {
        return new SavedFilterInfo(id, name, query);
    }
}
