package org.bilet.web.desk;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.bilet.catalog.Catalog;
import org.bilet.people.TeamInfo;

/**
 * The options of a screen's select menus, read once per view: a page renders its menus several
 * times (filters, bulk bar, each Ajax update), and each read would otherwise be a query.
 */
class Choices implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<TeamInfo> teams;
    private List<TeamInfo.Member> staff;
    private List<Catalog.PriorityInfo> priorities;
    private List<Catalog.CategoryInfo> categories;
    private List<Catalog.CustomFieldInfo> customFields;

    List<TeamInfo> teams(Supplier<List<TeamInfo>> read) {
        return teams == null ? teams = read.get() : teams;
    }

    List<TeamInfo.Member> staff(Supplier<List<TeamInfo.Member>> read) {
        return staff == null ? staff = read.get() : staff;
    }

    List<Catalog.PriorityInfo> priorities(Supplier<List<Catalog.PriorityInfo>> read) {
        return priorities == null ? priorities = read.get() : priorities;
    }

    List<Catalog.CategoryInfo> categories(Supplier<List<Catalog.CategoryInfo>> read) {
        return categories == null ? categories = read.get() : categories;
    }

    List<Catalog.CustomFieldInfo> customFields(Supplier<List<Catalog.CustomFieldInfo>> read) {
        return customFields == null ? customFields = read.get() : customFields;
    }
}
