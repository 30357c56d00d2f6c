package org.bilet.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** A group of agents working one queue of tickets. */
@Entity
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "team_key")
    private String key;

    private String name;
    private String email;

    @ManyToMany
    @JoinTable(name = "team_member",
            joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<User> members = new HashSet<>();

    protected Team() {
    }

    public Team(String key, String name) {
        this.key = Objects.requireNonNull(key);
        this.name = Objects.requireNonNull(name);
    }

    public void addMember(User agent) {
        if (!agent.isStaff()) {
            throw new IllegalArgumentException(agent.username() + " is not staff and cannot join a team");
        }
        members.add(agent);
    }

    public void removeMember(User agent) {
        members.remove(agent);
    }

    public boolean hasMember(User user) {
        return members.contains(user);
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }

    /** The address the team is reached at; none: null. */
    public void changeEmail(String newEmail) {
        this.email = newEmail;
    }

    /** Raised by every change; the administration API's ETag. */
    public long version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public Set<User> members() {
        return Set.copyOf(members);
    }
}
