package org.bilet.routing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.bilet.catalog.Category;
import org.bilet.people.Team;
import org.bilet.people.User;

/**
 * What one agent of a team is good at: categories, which skill-based routing uses now, and
 * languages, kept for when tickets know their language.
 */
@Entity
public class AgentSkills {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agent_id")
    private User agent;

    @ManyToMany
    @JoinTable(name = "agent_skill_category",
            joinColumns = @JoinColumn(name = "skills_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    private Set<Category> categories = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "agent_skill_language", joinColumns = @JoinColumn(name = "skills_id"))
    @Column(name = "language")
    private Set<String> languages = new HashSet<>();

    protected AgentSkills() {
    }

    public AgentSkills(Team team, User agent) {
        this.team = Objects.requireNonNull(team);
        this.agent = Objects.requireNonNull(agent);
    }

    /** Replaces what the agent is known to be good at. */
    public void redefine(Set<Category> newCategories, Set<String> newLanguages) {
        categories.clear();
        categories.addAll(newCategories);
        languages.clear();
        languages.addAll(newLanguages);
    }

    public Team team() {
        return team;
    }

    public User agent() {
        return agent;
    }

    public Set<Category> categories() {
        return Set.copyOf(categories);
    }

    public Set<String> languages() {
        return Set.copyOf(languages);
    }
}
