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
}
