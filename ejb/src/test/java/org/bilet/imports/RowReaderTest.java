package org.bilet.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bilet.imports.ImportRows.MessageRow;
import org.bilet.imports.ImportRows.TicketRow;
import org.bilet.imports.ImportRows.UserRow;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.TooLargeException;
import org.bilet.tickets.TicketStatus;
import org.junit.jupiter.api.Test;

class RowReaderTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final List<BadRow> bad = new ArrayList<>();

    private static CsvTable csv(String file, String text) {
        return CsvTable.read(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static CsvTable csvWithBom(String file, String text) {
        var body = text.getBytes(StandardCharsets.UTF_8);
        var content = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, content, 0, BOM.length);
        System.arraycopy(body, 0, content, BOM.length, body.length);
        return CsvTable.read(file, content);
    }

    private List<UserRow> users(ImportSource source, CsvTable table) {
        return new RowReader(source, ZoneOffset.UTC, bad).users(table);
    }

    private List<TicketRow> tickets(ImportSource source, CsvTable table) {
        return new RowReader(source, ZoneOffset.UTC, bad).tickets(table);
    }

    private List<MessageRow> messages(ImportSource source, CsvTable table) {
        return new RowReader(source, ZoneOffset.UTC, bad).messages(table);
    }

    @Test
    void rtUsersWithBomAndPolishLithuanianCyrillicNames() {
        var table = csvWithBom("users.csv", """
                Name,EmailAddress,RealName,Organization,Disabled
                jkowalska,Jadwiga.Kowalska@firma.pl,Jadwiga Żółkiewska-Kowalska,,0
                ajonaitis,a.jonaitis@imone.lt,Aušrinė Jonaitytė,,1
                oshevchenko,o.shevchenko@firma.ua,Олена Шевченко,,0
                """);

        var rows = users(ImportSource.RT, table);

        assertThat(bad).isEmpty();
        assertThat(rows).extracting(UserRow::externalId, UserRow::email, UserRow::firstName, UserRow::lastName, UserRow::active)
                .containsExactly(
                        tuple("jkowalska", "jadwiga.kowalska@firma.pl", "Jadwiga", "Żółkiewska-Kowalska", true),
                        tuple("ajonaitis", "a.jonaitis@imone.lt", "Aušrinė", "Jonaitytė", false),
                        tuple("oshevchenko", "o.shevchenko@firma.ua", "Олена", "Шевченко", true));
    }

    @Test
    void zammadUsersTakeFirstAndLastNamesAndTheActiveFlag() {
        var rows = users(ImportSource.ZAMMAD, csv("customers.csv", """
                id,login,firstname,lastname,email,organization,active
                7,ivan,Иван,Петров,ivan@example.ru,,true
                8,,Giulia,Rossi,giulia@example.it,,false
                """));

        assertThat(bad).isEmpty();
        assertThat(rows).extracting(UserRow::externalId, UserRow::firstName, UserRow::lastName, UserRow::active)
                .containsExactly(tuple("ivan", "Иван", "Петров", true), tuple("giulia@example.it", "Giulia", "Rossi", false));
    }

    @Test
    void osTicketTicketsMapStatusesAndPrioritiesAndKeepTheirTimes() {
        var rows = tickets(ImportSource.OSTICKET, csv("tickets.csv", """
                Ticket Number,Date Created,Subject,From Email,Priority,Department,Current Status,Last Updated,Agent Assigned
                100231,2024-02-01 08:30:00,Drukarka nie drukuje,"Jan Nowak <jan.nowak@firma.pl>",Emergency,,Closed,2024-02-03 10:00:00,
                100232,2024-02-02T09:00:00+01:00,VPN,ona@imone.lt,Low,Support,Open,,agent@firma.pl
                """));

        assertThat(bad).isEmpty();
        assertThat(rows).extracting(TicketRow::externalId, TicketRow::status, TicketRow::priority, TicketRow::requester,
                        TicketRow::created, TicketRow::settledAt, TicketRow::queue, TicketRow::owner)
                .containsExactly(
                        tuple("100231", TicketStatus.CLOSED, "URGENT", "jan.nowak@firma.pl", Instant.parse("2024-02-01T08:30:00Z"),
                                Instant.parse("2024-02-03T10:00:00Z"), null, null),
                        tuple("100232", TicketStatus.OPEN, "LOW", "ona@imone.lt", Instant.parse("2024-02-02T08:00:00Z"),
                                Instant.parse("2024-02-02T08:00:00Z"), "Support", "agent@firma.pl"));
    }

    @Test
    void rtNumericPrioritiesGoByQuartersAndNobodyOwnsNothing() {
        var rows = tickets(ImportSource.RT, csv("rt.csv", """
                id,Subject,Status,Priority,Queue,Requestors,Owner,Created
                1,a,new,0,General,a@x.pl,Nobody,2024-01-01 00:00:00
                2,b,stalled,30,General,a@x.pl,Nobody,2024-01-01 00:00:00
                3,c,resolved,60,General,"a@x.pl, b@x.pl",Nobody,2024-01-01 00:00:00
                4,d,rejected,99,General,a@x.pl,Nobody,2024-01-01 00:00:00
                """));

        assertThat(bad).isEmpty();
        assertThat(rows).extracting(TicketRow::status, TicketRow::priority, TicketRow::owner)
                .containsExactly(tuple(TicketStatus.NEW, "LOW", null), tuple(TicketStatus.ON_HOLD, "NORMAL", null),
                        tuple(TicketStatus.RESOLVED, "HIGH", null), tuple(TicketStatus.CLOSED, "URGENT", null));
    }

    @Test
    void timesWithoutAnOffsetAreInTheGivenZone() {
        var rows = new RowReader(ImportSource.ZAMMAD, ZoneId.of("Europe/Vilnius"), bad).tickets(csv("z.csv", """
                number,title,state,priority,group,customer,owner,created at
                5001,Kompiuteris,open,2 normal,,ona@imone.lt,,2024-07-01 12:00:00
                """));

        assertThat(bad).isEmpty();
        assertThat(rows.get(0).created()).isEqualTo(Instant.parse("2024-07-01T09:00:00Z"));
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndColumn() {
        var rows = tickets(ImportSource.RT, csv("rt.csv", """
                id,Subject,Status,Priority,Queue,Requestors,Owner,Created
                1,Fine,open,,General,a@x.pl,Nobody,2024-01-01 00:00:00
                2,Deleted one,deleted,,General,a@x.pl,Nobody,2024-01-01 00:00:00
                3,"Bad
                requester",open,,General,not-an-address,Nobody,2024-01-01 00:00:00
                4,No time,open,,General,a@x.pl,Nobody,yesterday
                5,,open,,General,a@x.pl,Nobody,2024-01-01 00:00:00
                1,Twice,open,,General,a@x.pl,Nobody,2024-01-01 00:00:00
                6,Odd priority,open,whenever,General,a@x.pl,Nobody,2024-01-01 00:00:00
                """));

        assertThat(rows).extracting(TicketRow::externalId).containsExactly("1");
        assertThat(bad).extracting(BadRow::file, BadRow::line, BadRow::column)
                .containsExactly(
                        tuple("rt.csv", 3L, "Status"),
                        tuple("rt.csv", 4L, "Requestors"),
                        tuple("rt.csv", 6L, "Created"),
                        tuple("rt.csv", 7L, "Subject"),
                        tuple("rt.csv", 8L, "id"),
                        tuple("rt.csv", 9L, "Priority"));
        assertThat(bad.get(0).message()).contains("'deleted'", "known: new, open, rejected, resolved, stalled");
        assertThat(bad.get(1).message()).isEqualTo("'not-an-address' is not an e-mail address.");
    }

    @Test
    void quotedMultiLineBodiesAndHtmlSurviveAndMessagesKnowTheirLines() {
        var rows = messages(ImportSource.ZAMMAD, csv("articles.csv", """
                ticket number,id,created at,from,body,internal
                5001,91,2024-07-01T09:00:00Z,Ona Jonaitė <ona@imone.lt>,"Laba diena,
                kompiuteris neįsijungia.
                ""Skubu""\",false
                5001,92,2024-07-01T10:00:00Z,agent@firma.pl,"<p>Пожалуйста, <b>перезагрузите</b></p><script>alert(1)</script>",true
                """));

        assertThat(bad).isEmpty();
        assertThat(rows).extracting(MessageRow::line, MessageRow::author, MessageRow::internal, MessageRow::key)
                .containsExactly(tuple(2L, "ona@imone.lt", false, "5001/91"), tuple(5L, "agent@firma.pl", true, "5001/92"));
        assertThat(rows.get(0).body()).isEqualTo("Laba diena,\nkompiuteris neįsijungia.\n\"Skubu\"");
    }

    @Test
    void messagesWithoutAnIdAreKeyedByTheirContent() {
        var text = """
                Ticket Number,Created,Poster Email,Body,Type
                100231,2024-02-01 08:30:00,jan@firma.pl,Hello,M
                100231,2024-02-01 09:30:00,agent@firma.pl,Internal,N
                """;
        var first = messages(ImportSource.OSTICKET, csv("thread.csv", text));
        var again = messages(ImportSource.OSTICKET, csv("thread.csv", text));

        assertThat(first).extracting(MessageRow::internal).containsExactly(false, true);
        assertThat(first.get(0).externalId()).startsWith("sha256:").isNotEqualTo(first.get(1).externalId());
        assertThat(again).extracting(MessageRow::key).isEqualTo(first.stream().map(MessageRow::key).toList());
    }

    @Test
    void headersMatchIgnoringCaseSpacesAndUnderscores() {
        var rows = tickets(ImportSource.ZAMMAD, csv("z.csv", """
                NUMBER,Title,STATE,Customer,Created_At
                1,x,closed,a@x.pl,2024-01-01T00:00:00Z
                """));

        assertThat(bad).isEmpty();
        assertThat(rows).hasSize(1);
    }

    @Test
    void aMissingColumnIsNamedInTheSourcesTerms() {
        assertThatThrownBy(() -> tickets(ImportSource.RT, csv("rt.csv", "id,Subject,Created\n1,x,2024-01-01 00:00:00\n")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'Status' (status)").hasMessageContaining("'Requestors' (requester e-mail)")
                .hasMessageContaining("rt.csv");
    }

    @Test
    void unusableFilesAreRefusedWhole() {
        assertThatThrownBy(() -> CsvTable.read("empty.csv", new byte[0])).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> CsvTable.read("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not");
        assertThatThrownBy(() -> CsvTable.read("zeros.csv", "a,b\n\0\0,1\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> CsvTable.read("long.csv", ("id,Subject\n1," + "x".repeat(10 * 1024 * 1024) + "\n")
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(InvalidInputException.class).hasMessageContaining("Line 2");
        assertThatThrownBy(() -> CsvTable.read("big.csv", new byte[CsvTable.MAX_BYTES + 1]))
                .isInstanceOf(TooLargeException.class);
        assertThatThrownBy(() -> CsvTable.read("quote.csv", "a,b\n\"open,1\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Line 2 of quote.csv is not valid CSV");
    }

    @Test
    void formulaAndScriptCellsAreJustText() {
        var rows = users(ImportSource.OSTICKET, csv("users.csv", """
                Name,Email,Organization,Status
                "=HYPERLINK(""http://evil"")",eve@example.com,,Active
                <script>alert(1)</script> Smith,mallory@example.com,,Locked
                """));

        assertThat(bad).isEmpty();
        assertThat(rows).extracting(UserRow::firstName, UserRow::active)
                .containsExactly(tuple("=HYPERLINK(\"http://evil\")", true), tuple("<script>alert(1)</script>", false));
    }
}
