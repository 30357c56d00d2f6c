package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Files go in and come out byte for byte; the type is detected; the size limit holds. */
class AttachmentIT extends ApiTestCase {

    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    Api employee;
    Api employee2;
    Api agent;

    @BeforeEach
    void signIn() {
        employee = signedIn("employee");
        employee2 = signedIn("employee2");
        agent = signedIn("agent");
    }

    @Test
    void anAttachmentRoundTripsWithItsDetectedTypeAndHash() throws Exception {
        var number = open();

        // The client claims plain text; the bytes say PNG, and the bytes win.
        var uploaded = employee.upload("/api/tickets/" + number + "/attachments", PNG, "text/plain", "zrzut ekranu.png");

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        var info = uploaded.json();
        var sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG));
        assertThat(info.getString("fileName")).isEqualTo("zrzut ekranu.png");
        assertThat(info.getString("contentType")).isEqualTo("image/png");
        assertThat(info.getJsonNumber("size").longValue()).isEqualTo(PNG.length);
        assertThat(info.getString("sha256")).isEqualTo(sha256);

        var listed = agent.get("/api/tickets/" + number + "/attachments").array();
        assertThat(listed).hasSize(1);
        var download = agent.get(uploaded.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(PNG);
        assertThat(download.contentType()).startsWith("image/png");
        assertThat(download.header("Content-Disposition")).contains("filename*=UTF-8''zrzut%20ekranu.png");

        var history = agent.get("/api/tickets/" + number + "/history").body();
        assertThat(history).contains("ATTACHED", "zrzut ekranu.png");
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413AndNothingIsKept() {
        var number = open();
        var tooBig = new byte[1024 * 1024 + 1];

        var refused = employee.upload("/api/tickets/" + number + "/attachments", tooBig, "application/octet-stream", "big.bin");

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json().getString("detail")).contains("larger than the limit");
        assertThat(agent.get("/api/tickets/" + number + "/attachments").array()).isEmpty();
    }

    @Test
    void aFileNameIsRequired() {
        var number = open();

        var refused = employee.send(employee.request("/api/tickets/" + number + "/attachments")
                .header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("hello")));

        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void someoneWhoCannotSeeTheTicketCannotDownloadItsFiles() {
        var number = open();
        var uploaded = employee.upload("/api/tickets/" + number + "/attachments", "secret".getBytes(), "text/plain", "notes.txt");

        var path = uploaded.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(employee2.get(path).status()).isEqualTo(404);
        assertThat(employee.get(path).status()).isEqualTo(200);
        assertThat(employee.get(path).contentType()).startsWith("text/plain");
    }

    @Test
    void filesOfAReplyComeWithTheReplyAndFilesOfANoteStayInternal() {
        var number = open();
        var reply = agent.post("/api/tickets/" + number + "/messages", "{\"body\": \"Here is the manual.\"}").json();
        var note = agent.post("/api/tickets/" + number + "/messages", "{\"body\": \"Vendor quote\", \"internal\": true}").json();
        var replyFile = agent.upload("/api/tickets/" + number + "/attachments?message=" + reply.getJsonNumber("id"),
                "manual".getBytes(), "text/plain", "manual.txt");
        var noteFile = agent.upload("/api/tickets/" + number + "/attachments?message=" + note.getJsonNumber("id"),
                "quote".getBytes(), "text/plain", "quote.txt");
        assertThat(replyFile.status()).as(replyFile.body()).isEqualTo(201);
        assertThat(noteFile.status()).as(noteFile.body()).isEqualTo(201);

        var seenByEmployee = employee.get("/api/tickets/" + number + "/messages").array();
        assertThat(seenByEmployee).hasSize(1);
        assertThat(seenByEmployee.getJsonObject(0).getJsonArray("attachments"))
                .extracting(a -> a.asJsonObject().getString("fileName")).containsExactly("manual.txt");
        assertThat(employee.get("/api/tickets/" + number + "/attachments").array())
                .extracting(a -> a.asJsonObject().getString("fileName")).containsExactly("manual.txt");
        assertThat(employee.get(noteFile.header("Location").replaceFirst("^https?://[^/]+", "")).status()).isEqualTo(404);
        assertThat(agent.get("/api/tickets/" + number + "/attachments").array()).hasSize(2);
    }

    @Test
    void aRequesterCannotAttachToAnInternalNote() {
        var number = open();
        var note = agent.post("/api/tickets/" + number + "/messages", "{\"body\": \"internal\", \"internal\": true}").json();

        var refused = employee.upload("/api/tickets/" + number + "/attachments?message=" + note.getJsonNumber("id"),
                "x".getBytes(), "text/plain", "x.txt");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(TicketApiIT.fieldErrors(refused.json())).containsExactly(
                "message: Ticket " + number + " has no message " + note.getJsonNumber("id") + ".");
    }

    private String open() {
        var created = employee.post("/api/tickets", "{\"subject\": \"Attachment\", \"description\": \"see file\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("number");
    }
}
