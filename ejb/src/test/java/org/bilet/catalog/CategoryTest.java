package org.bilet.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bilet.people.Team;
import org.bilet.platform.InvalidInputException;
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
    void a_category_moves_with_its_subtree() {
        var devices = new Category("devices", "Devices", null, null);

        laptop.moveUnder(devices);

        assertThat(battery.path()).isEqualTo("Devices / Laptop / Battery");
        assertThat(laptop.routedTeam()).isNull();
    }

    @Test
    void a_category_cannot_move_under_itself_or_its_descendants() {
        assertThatThrownBy(() -> hardware.moveUnder(battery))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("'Hardware' cannot move under itself or one of its own subcategories.");
        assertThatThrownBy(() -> laptop.moveUnder(laptop)).isInstanceOf(InvalidInputException.class);
        assertThat(hardware.parent()).isNull();
    }

    @Test
    void a_category_moves_to_the_top() {
        laptop.moveUnder(null);

        assertThat(battery.path()).isEqualTo("Laptop / Battery");
    }

    @Test
    void asking_only_for_some_fields_replaces_the_own_fields_and_keeps_the_inherited_ones() {
        var assetTag = new CustomFieldDefinition("asset-tag", "Asset tag", CustomFieldType.TEXT, List.of(), false);
        var model = new CustomFieldDefinition("model", "Model", CustomFieldType.TEXT, List.of(), false);
        var warranty = new CustomFieldDefinition("warranty", "Warranty until", CustomFieldType.DATE, List.of(), false);
        hardware.askFor(assetTag);
        laptop.askFor(model);

        laptop.askOnlyFor(List.of(warranty));

        assertThat(laptop.fields()).containsExactly(warranty);
        assertThat(battery.askedFields()).containsExactly(assetTag, warranty);
    }

    @Test
    void a_category_is_renamed_and_rerouted() {
        laptop.rename("Notebook");
        laptop.routeTo(hardwareTeam);

        assertThat(battery.path()).isEqualTo("Hardware / Notebook / Battery");
        assertThat(battery.routedTeam()).isSameAs(hardwareTeam);
    }

    @Test
    void a_category_asks_for_its_own_fields_and_its_ancestors_root_first() {
        var assetTag = new CustomFieldDefinition("asset-tag", "Asset tag", CustomFieldType.TEXT, List.of(), true);
        var neededBy = new CustomFieldDefinition("needed-by", "Needed by", CustomFieldType.DATE, List.of(), false);
        hardware.askFor(assetTag);
        battery.askFor(neededBy);
        battery.askFor(assetTag);

        assertThat(battery.askedFields()).containsExactly(assetTag, neededBy);
        assertThat(laptop.askedFields()).containsExactly(assetTag);
        assertThat(hardware.askedFields()).containsExactly(assetTag);
    }

    @Test
    void a_field_no_longer_asked_for_is_gone_from_the_subcategories_too() {
        var assetTag = new CustomFieldDefinition("asset-tag", "Asset tag", CustomFieldType.TEXT, List.of(), false);
        hardware.askFor(assetTag);
        hardware.stopAskingFor(assetTag);

        assertThat(battery.askedFields()).isEmpty();
    }
}
