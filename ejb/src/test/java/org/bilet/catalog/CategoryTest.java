package org.bilet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilet.people.Team;
import org.junit.jupiter.api.Test;

class CategoryTest {

    private final Team serviceDesk = new Team("service-desk", "Service desk");
    private final Team hardwareTeam = new Team("hardware", "Hardware team");

    private final Category hardware = new Category("hardware", "Hardware", null, serviceDesk);
    private final Category laptop = new Category("hardware.laptop", "Laptop", hardware, null);
    private final Category battery = new Category("hardware.laptop.battery", "Battery", laptop, null);

    @Test
    void a_category_with_a_team_routes_to_it() {
        assertThat(hardware.routedTeam()).isSameAs(serviceDesk);
    }

    @Test
    void a_category_without_a_team_routes_to_the_nearest_ancestor_with_one() {
        assertThat(laptop.routedTeam()).isSameAs(serviceDesk);
        assertThat(battery.routedTeam()).isSameAs(serviceDesk);
    }

    @Test
    void the_nearest_team_wins_over_a_farther_one() {
        var printer = new Category("hardware.printer", "Printer", hardware, hardwareTeam);
        var toner = new Category("hardware.printer.toner", "Toner", printer, null);

        assertThat(toner.routedTeam()).isSameAs(hardwareTeam);
    }

    @Test
    void without_any_team_up_the_tree_there_is_no_route() {
        var software = new Category("software", "Software", null, null);
        var office = new Category("software.office", "Office", software, null);

        assertThat(office.routedTeam()).isNull();
    }

    @Test
    void the_path_joins_the_names_from_the_root_down() {
        assertThat(hardware.path()).isEqualTo("Hardware");
        assertThat(laptop.path()).isEqualTo("Hardware / Laptop");
        assertThat(battery.path()).isEqualTo("Hardware / Laptop / Battery");
    }

    @Test
    void a_category_asks_for_its_own_fields_and_its_ancestors_root_first() {
        var assetTag = new CustomFieldDefinition("asset-tag", "Asset tag", CustomFieldType.TEXT, java.util.List.of(), true);
        var neededBy = new CustomFieldDefinition("needed-by", "Needed by", CustomFieldType.DATE, java.util.List.of(), false);
        hardware.askFor(assetTag);
        battery.askFor(neededBy);
        battery.askFor(assetTag);

        assertThat(battery.askedFields()).containsExactly(assetTag, neededBy);
        assertThat(laptop.askedFields()).containsExactly(assetTag);
        assertThat(hardware.askedFields()).containsExactly(assetTag);
    }

    @Test
    void a_field_no_longer_asked_for_is_gone_from_the_subcategories_too() {
        var assetTag = new CustomFieldDefinition("asset-tag", "Asset tag", CustomFieldType.TEXT, java.util.List.of(), false);
        hardware.askFor(assetTag);
        hardware.stopAskingFor(assetTag);

        assertThat(battery.askedFields()).isEmpty();
    }
}
