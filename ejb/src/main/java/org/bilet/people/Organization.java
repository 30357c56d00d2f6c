package org.bilet.people;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.Objects;

/** A company or one of its departments (a department is an organization with a parent). */
@Entity
@Cacheable
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organization parent;

    protected Organization() {
    }

    public Organization(String name, Organization parent) {
        this.name = Objects.requireNonNull(name);
        this.parent = parent;
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }

    /** "Acme Logistics / Finance" for a department, the name alone for an organization. */
    public String path() {
        return parent == null ? name : parent.name() + " / " + name;
    }

    /** Raised by every change; the administration API's ETag. */
    public long version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Organization parent() {
        return parent;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Organization that && id != null && id.equals(that.id());
    }

    @Override
    public int hashCode() {
        return Organization.class.hashCode();
    }
}
