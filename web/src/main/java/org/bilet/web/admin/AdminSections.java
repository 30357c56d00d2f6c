package org.bilet.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** The administration screens in the order the navigation and the overview list them. */
@Named
@ApplicationScoped
public class AdminSections {

    /** A screen at /admin/{name}.xhtml; its texts are section.{name} and section.{name}.about. */
    public record Section(String name, String icon) {
    }

    private static final List<Section> ALL = List.of(
            new Section("users", "pi-users"),
            new Section("organizations", "pi-building"),
            new Section("teams", "pi-sitemap"),
            new Section("categories", "pi-folder-open"),
            new Section("priorities", "pi-sort-amount-up"),
            new Section("fields", "pi-list"),
            new Section("responses", "pi-comment"),
            new Section("sla", "pi-clock"),
            new Section("rules", "pi-bolt"),
            new Section("mailboxes", "pi-envelope"),
            new Section("mail-templates", "pi-file-edit"),
            new Section("webhooks", "pi-send"),
            new Section("imports", "pi-upload"),
            new Section("audit", "pi-history"),
            new Section("lockouts", "pi-lock"));

    public List<Section> getAll() {
        return ALL;
    }
}
