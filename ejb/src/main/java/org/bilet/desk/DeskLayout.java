package org.bilet.desk;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Which queue columns an agent sees, in order. */
@Entity
public class DeskLayout {

    @Id
    private Long userId;

    private String columns;

    protected DeskLayout() {
    }

    DeskLayout(Long userId, List<String> columns) {
        this.userId = Objects.requireNonNull(userId);
        show(columns);
    }

    void show(List<String> columns) {
        this.columns = String.join(",", columns);
    }

    List<String> columns() {
        return columns.isEmpty() ? List.of() : Arrays.asList(columns.split(","));
    }
}
