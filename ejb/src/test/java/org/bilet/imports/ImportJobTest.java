package org.bilet.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.bilet.tickets.TicketStatus;
import org.junit.jupiter.api.Test;

class ImportJobTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void counts_add_up_per_batch_and_only_the_first_thousand_bad_rows_are_kept() {
        var job = new ImportJob(ImportSource.RT, ImportKind.TICKETS, false, List.of("tickets.csv"), 1500, "admin", NOW);
        job.start();
        var bad = IntStream.range(0, 700).mapToObj(i -> new BadRow("tickets.csv", i + 2, "Status", "bad")).toList();

        job.count(800, 90, 10, bad);
        job.count(700, 0, 0, bad);
        job.finish(NOW);

        assertThat(job.readRows()).isEqualTo(1500);
        assertThat(job.imported()).isEqualTo(90);
        assertThat(job.skipped()).isEqualTo(10);
        assertThat(job.badCount()).isEqualTo(1400);
        assertThat(job.badRows()).hasSize(ImportJob.MAX_BAD_ROWS);
        assertThat(job.state()).isEqualTo(ImportState.DONE);
        assertThat(job.finishedAt()).isEqualTo(NOW);
    }

    @Test
    void progress_is_the_share_of_rows_read() {
        assertThat(info(ImportState.RUNNING, 400, 100).percent()).isEqualTo(25);
        assertThat(info(ImportState.QUEUED, 0, 0).percent()).isZero();
        assertThat(info(ImportState.DONE, 400, 120).percent()).as("done, however many rows were bad before reading").isEqualTo(100);
    }

    private static ImportJobInfo info(ImportState state, int total, int read) {
        return new ImportJobInfo(1, "zammad", ImportKind.USERS, true, "users.csv", "admin", NOW, null, state, total, read,
                read, 0, 0, null, List.of());
    }

    @Test
    void bad_rows_survive_their_column() {
        var json = new BadRowsJson();
        var rows = List.of(new BadRow("a.csv", 2, "Subject", "Leer: \"ü\""), new BadRow("a.csv", 3, null, "Ряд"));

        assertThat(json.convertToEntityAttribute(json.convertToDatabaseColumn(rows))).isEqualTo(rows);
    }

    @Test
    void every_source_maps_its_statuses_and_priorities_to_bilets() {
        assertThat(ImportSource.byKey("OSTicket")).contains(ImportSource.OSTICKET);
        assertThat(ImportSource.byKey("jira")).isEmpty();
        assertThat(ImportSource.RT.status(" Stalled ")).contains(TicketStatus.ON_HOLD);
        assertThat(ImportSource.ZAMMAD.status("pending close")).contains(TicketStatus.WAITING);
        assertThat(ImportSource.ZAMMAD.status("merged")).isEmpty();
        assertThat(ImportSource.OSTICKET.status("Deleted")).isEmpty();
        assertThat(ImportSource.RT.priority("24")).contains("LOW");
        assertThat(ImportSource.RT.priority("75")).contains("URGENT");
        assertThat(ImportSource.OSTICKET.priority("Emergency")).contains("URGENT");
        assertThat(ImportSource.ZAMMAD.priority("3 high")).contains("HIGH");
        for (var source : ImportSource.values()) {
            assertThat(source.priorities().values()).allSatisfy(code -> assertThat(code).isIn("LOW", "NORMAL", "HIGH", "URGENT"));
            for (var field : RowReader.USER_FIELDS) {
                if (field.required()) {
                    assertThat(source.headers(field)).as(source + " " + field).isNotEmpty();
                }
            }
            for (var field : List.of(RowReader.TICKET_FIELDS, RowReader.MESSAGE_FIELDS).stream().flatMap(List::stream).toList()) {
                if (field.required()) {
                    assertThat(source.headers(field)).as(source + " " + field).isNotEmpty();
                }
            }
        }
    }
}
