package org.bilet.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.util.Arrays;
import java.util.List;
import org.bilet.catalog.Catalog.CategoryInfo;
import org.junit.jupiter.api.Test;

class CategoryMenuTest {

    private static final List<CategoryInfo> CATEGORIES = List.of(
            new CategoryInfo("software", "Software", "Software", null),
            new CategoryInfo("hardware.printer", "Printer", "Hardware / Printer", "hardware"),
            new CategoryInfo("hardware", "Hardware", "Hardware", null),
            new CategoryInfo("hardware.laptop", "Laptop", "Hardware / Laptop", "hardware"),
            new CategoryInfo("hardware.laptop.battery", "Battery", "Hardware / Laptop / Battery", "hardware.laptop"));

    @Test
    void each_top_level_category_is_a_group_of_itself_and_everything_under_it_by_path() {
        var groups = CategoryMenu.of(CATEGORIES).choices();

        assertThat(groups).extracting(SelectItem::getLabel).containsExactly("Hardware", "Software");
        assertThat(Arrays.stream(((SelectItemGroup) groups.get(0)).getSelectItems()).map(SelectItem::getLabel))
                .containsExactly("Hardware", "Hardware / Laptop", "Hardware / Laptop / Battery", "Hardware / Printer");
        assertThat(Arrays.stream(((SelectItemGroup) groups.get(0)).getSelectItems()).map(SelectItem::getValue))
                .containsExactly("hardware", "hardware.laptop", "hardware.laptop.battery", "hardware.printer");
    }

    @Test
    void a_key_reads_as_its_path_and_an_unknown_key_as_itself() {
        var tree = CategoryMenu.of(CATEGORIES);

        assertThat(tree.path("hardware.laptop")).isEqualTo("Hardware / Laptop");
        assertThat(tree.path("gone")).isEqualTo("gone");
        assertThat(tree.path(null)).isNull();
    }
}
