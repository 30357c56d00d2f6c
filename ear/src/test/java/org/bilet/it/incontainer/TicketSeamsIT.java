package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bilet.admin.CustomFields;
import org.bilet.admin.FieldDefinition;
import org.bilet.admin.UserAccount;
import org.bilet.admin.UserAccounts;
import org.bilet.catalog.CustomFieldType;
import org.bilet.it.Api;
import org.bilet.it.Deployments;
import org.bilet.it.incontainer.observed.RecordedChanges;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.platform.StaleVersionException;
import org.bilet.tickets.Actors;
import org.bilet.tickets.Channel;
import org.bilet.tickets.HistoryEntry;
import org.bilet.tickets.NewMessage;
import org.bilet.tickets.NewTicket;
import org.bilet.tickets.SystemTicketDesk;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketDesk;
import org.bilet.tickets.TicketDetails;
import org.bilet.tickets.TicketField;
import org.bilet.tickets.TicketFinder;
import org.bilet.tickets.TicketHistory;
import org.bilet.tickets.TicketStatus;
import org.bilet.tickets.attachments.AttachmentInfo;
import org.bilet.tickets.attachments.StagedFile;
import org.bilet.tickets.attachments.TicketAttachments;
import org.bilet.tickets.events.AttachmentAdded;
import org.bilet.tickets.events.FieldChanged;
import org.bilet.tickets.events.MessagePosted;
import org.bilet.tickets.events.StatusMoved;
import org.bilet.tickets.events.TicketChange;
import org.bilet.tickets.events.TicketOpened;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seams the coming capabilities build on: Bilet acting as itself, the events every change
 * publishes, a reply and its files as one transaction, and history of custom fields with long keys.
 */
@ExtendWith(ArquillianExtension.class)
class TicketSeamsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        // Carries the recorder of published changes beside the EAR's modules, where capabilities' observers sit.
        return Deployments.inContainer();
    }

    @ArquillianResource
    URL base;

    @EJB
    AsAgent asAgent;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsBilet asBilet;

    @EJB
    TicketDesk desk;

    @EJB
    SystemTicketDesk systemDesk;

    @EJB
    TicketFinder finder;

    @EJB
    TicketHistory history;

    @EJB
    TicketAttachments attachments;

    @EJB
    UserAccounts accounts;

    @EJB
    CustomFields fields;

    @Inject
    Actors actors;

    @Inject
    RecordedChanges recorded;

    @EJB
    TestData testData;

    @Test
    void bilet_changes_a_ticket_as_itself_and_history_names_it() throws Exception {
        var ticket = openForNewRequester("The scanner jams");

        asBilet.call(() -> systemDesk.change(actors.system(), ticket.number(), ticket.version(),
                TicketChanges.none().withPriority("HIGH")));
        var note = asBilet.call(() -> systemDesk.post(actors.system(), ticket.number(),
                new NewMessage("Raised to HIGH: no answer within the first hour.", true), List.of()));

        assertThat(note.author().name()).isEqualTo("Bilet");
        assertThat(asAgent.call(() -> history.history(ticket.number())))
                .filteredOn(e -> TicketField.PRIORITY.equals(e.changedField()))
                .extracting(e -> e.actor().username(), e -> e.actor().name(), HistoryEntry::channel, HistoryEntry::newValue)
                .containsExactly(tuple("@bilet", "Bilet", Channel.SYSTEM, "HIGH"));
    }

    @Test
    void people_cannot_use_the_desk_that_names_its_actor() {
        assertThatThrownBy(() -> asAgent.call(() -> systemDesk.post(actors.current(), "BIL-000001",
                new NewMessage("As someone else", false), List.of())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asAdmin.call(() -> systemDesk.change(actors.system(), "BIL-000001", 0,
                TicketChanges.none().withPriority("LOW"))))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void nobody_signs_in_as_bilet_nor_administers_its_account_nor_hands_it_tickets() throws Exception {
        assertThat(Api.at(base).as("@bilet", "").get("/api/me").status()).isEqualTo(401);
        assertThat(Api.at(base).as("@bilet", "correct-horse-battery").get("/api/me").status()).isEqualTo(401);
        assertThatThrownBy(() -> asAdmin.call(() -> accounts.generatePassword("@bilet")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(asAdmin.call(() -> accounts.page("bilet", 0, 50)).items()).extracting(UserAccount::username)
                .doesNotContain("@bilet");

        var ticket = openForNewRequester("Assign me to the robot");
        assertThatThrownBy(() -> asAgent.call(() -> desk.change(ticket.number(), ticket.version(),
                TicketChanges.none().withAssignee("@bilet"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("assignee"));
        assertThatThrownBy(() -> asAgent.call(() -> desk.open(NewTicket.of("For the robot", "d").forRequester("@bilet"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> asAgent.call(() -> desk.open(NewTicket.of("Pretending", "d").via(Channel.SYSTEM))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("channel"));
    }

    @Test
    void every_change_is_published_inside_its_transaction_and_again_once_it_commits() throws Exception {
        var requester = newRequester();
        var opened = asAgent.call(() -> desk.open(NewTicket.of("Printer offline", "Since the update.")
                .forRequester(requester), List.of(staged("settings.txt"))));
        var number = opened.number();
        var moved = asAgent.call(() -> desk.change(number, opened.version(), TicketChanges.none().withStatus(TicketStatus.WAITING)));
        asAgent.call(() -> desk.post(number, moved.version(), new NewMessage("Restarted the spooler.", true),
                List.of(staged("spooler.log"))));

        var expected = List.of(
                tuple(TicketOpened.class, TestData.AGENT),
                tuple(AttachmentAdded.class, TestData.AGENT),
                tuple(StatusMoved.class, TestData.AGENT),
                tuple(MessagePosted.class, TestData.AGENT),
                tuple(AttachmentAdded.class, TestData.AGENT));
        var inTransaction = recorded.seenInTransaction(number);
        assertThat(inTransaction).extracting(c -> c.getClass(), c -> c.by().username())
                .containsExactlyElementsOf(expected);
        // After commit each event arrives on its own: the transaction manager keeps no order among them.
        assertThat(recorded.seenAfterCommit(number)).containsExactlyInAnyOrderElementsOf(inTransaction);
        assertThat(((TicketOpened) inTransaction.get(0)).requester()).isEqualTo(requester);
        assertThat((StatusMoved) inTransaction.get(2)).extracting(StatusMoved::from, StatusMoved::to)
                .containsExactly(TicketStatus.NEW, TicketStatus.WAITING);
        var note = (MessagePosted) inTransaction.get(3);
        assertThat(note.internal()).isTrue();
        assertThat((AttachmentAdded) inTransaction.get(4)).extracting(AttachmentAdded::fileName,
                AttachmentAdded::messageId, AttachmentAdded::internal).containsExactly("spooler.log", note.messageId(), true);
        assertThat((AttachmentAdded) inTransaction.get(1)).extracting(AttachmentAdded::fileName,
                AttachmentAdded::messageId, AttachmentAdded::internal).containsExactly("settings.txt", null, false);
    }

    @Test
    void a_change_an_observer_refuses_in_the_transaction_is_rolled_back_and_never_announced() throws Exception {
        var ticket = openForNewRequester("Monitor flickers");
        recorded.refuseStatusMovesOf(ticket.number());
        var announced = List.copyOf(recorded.seenAfterCommit(ticket.number()));

        assertThatThrownBy(() -> asAgent.call(() -> desk.change(ticket.number(), ticket.version(),
                TicketChanges.none().withStatus(TicketStatus.WAITING).withPriority("HIGH"))))
                .isInstanceOf(EJBException.class);

        var now = asAgent.call(() -> finder.find(ticket.number()));
        assertThat(now.status()).isEqualTo(TicketStatus.NEW);
        assertThat(now.priority()).isEqualTo(ticket.priority());
        assertThat(recorded.seenInTransaction(ticket.number())).last().isInstanceOf(StatusMoved.class);
        assertThat(recorded.seenAfterCommit(ticket.number())).as("nothing more than the opening").isEqualTo(announced);
    }

    @Test
    void a_reply_refused_as_stale_keeps_neither_the_reply_nor_its_files() throws Exception {
        var ticket = openForNewRequester("Keyboard missing keys");
        var file = staged("photo.txt");
        asAgent.call(() -> desk.change(ticket.number(), ticket.version(), TicketChanges.none().withPriority("LOW")));

        assertThatThrownBy(() -> asAgent.call(() -> desk.post(ticket.number(), ticket.version(),
                new NewMessage("Which keys?", false), List.of(file))))
                .isInstanceOf(StaleVersionException.class);

        assertThat(asAgent.call(() -> history.messages(ticket.number()))).isEmpty();
        assertThat(asAgent.call(() -> attachments.list(ticket.number()))).isEmpty();

        var current = asAgent.call(() -> finder.find(ticket.number()));
        var posted = asAgent.call(() -> desk.post(ticket.number(), current.version(), new NewMessage("Which keys?", false),
                List.of(file, staged("layout.txt"))));
        assertThat(posted.attachments()).extracting(AttachmentInfo::fileName, AttachmentInfo::messageId)
                .containsExactly(tuple("photo.txt", posted.id()), tuple("layout.txt", posted.id()));
    }

    @Test
    void a_custom_field_with_the_longest_key_is_recorded_in_history() throws Exception {
        var key = ("field-" + suffix() + "-").concat("k".repeat(60)).substring(0, 60);
        asAdmin.call(() -> fields.create(new FieldDefinition(key, "Long", CustomFieldType.TEXT, List.of(), false, true)));
        var requester = newRequester();
        var ticket = asAgent.call(() -> desk.open(NewTicket.of("Long keys", "d").forRequester(requester)
                .withCustomFields(Map.of(key, "first"))));

        asAgent.call(() -> desk.change(ticket.number(), ticket.version(),
                TicketChanges.none().withCustomFields(Map.of(key, "second"))));

        assertThat(asAgent.call(() -> history.history(ticket.number())))
                .filteredOn(e -> TicketField.custom(key).equals(e.changedField()))
                .extracting(HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsExactly(tuple("custom." + key, null, "first"), tuple("custom." + key, "first", "second"));
    }

    private StagedFile staged(String name) throws Exception {
        return asAgent.call(() -> attachments.stage(name,
                new ByteArrayInputStream(("contents of " + name).getBytes(StandardCharsets.UTF_8))));
    }

    private TicketDetails openForNewRequester(String subject) throws Exception {
        var requester = newRequester();
        return asAgent.call(() -> desk.open(NewTicket.of(subject, "Reported on the phone.").forRequester(requester)));
    }

    /** A requester of this test's own. */
    private String newRequester() {
        return testData.requester("Rita", "Seams");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
