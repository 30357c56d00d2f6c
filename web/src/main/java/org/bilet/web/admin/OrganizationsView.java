package org.bilet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bilet.admin.OrganizationChart;
import org.bilet.admin.OrganizationInfo;

/** /admin/organizations: organizations with their departments; create, rename, delete unused ones. */
@Named
@ViewScoped
public class OrganizationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganizationChart chart;

    private List<OrganizationInfo> organizations;
    private String name;
    private Long parentId;
    private OrganizationInfo selected;
    private String newName;

    @PostConstruct
    void load() {
        organizations = chart.all();
    }

    public void create() {
        var created = AdminPage.attempt("newOrganization", () -> chart.create(name, parentId));
        if (created != null) {
            AdminPage.done(created.isDepartment() ? "organizations.departmentCreated" : "organizations.created", created.path());
            name = null;
            load();
        }
    }

    public void edit(long id) {
        selected = organizations.stream().filter(o -> o.id() == id).findFirst().orElse(null);
        newName = selected == null ? null : selected.name();
    }

    public void rename() {
        if (AdminPage.attempt("organization", () -> chart.rename(selected.id(), newName))) {
            AdminPage.done("organizations.renamed", newName.strip());
            load();
            edit(selected.id());
        }
    }

    public void delete() {
        if (AdminPage.attempt("organization", () -> chart.delete(selected.id()))) {
            AdminPage.done("organizations.deleted", selected.path());
            selected = null;
            load();
        }
    }

    public void close() {
        selected = null;
    }

    /** Departments belong to organizations, so only those are offered as parents. */
    public List<OrganizationInfo> getParents() {
        return organizations.stream().filter(o -> !o.isDepartment()).toList();
    }

    public List<OrganizationInfo> getOrganizations() {
        return organizations;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public OrganizationInfo getSelected() {
        return selected;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
