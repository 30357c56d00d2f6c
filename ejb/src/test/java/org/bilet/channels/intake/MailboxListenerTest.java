package org.bilet.channels.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The IDLE listener against a real IMAP server in this JVM: it wakes the poll when it has
 * connected and whenever mail arrives, not while the mailbox is quiet, keeps listening after its
 * IDLE is renewed, retries a refused sign-in, and ends when stopped.
 */
class MailboxListenerTest {

    private static final String ADDRESS = "desk@acme-logistics.example";
    private static final Duration ARRIVAL = Duration.ofSeconds(10);

    private final GreenMail server = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
    private final BlockingQueue<Long> wakes = new LinkedBlockingQueue<>();
    private MailboxListener listener;
    private Thread thread;

    @BeforeEach
    void start() {
        server.start();
        server.setUser(ADDRESS, ADDRESS, "secret");
    }

    @AfterEach
    void stop() {
        if (listener != null) {
            listener.stop();
        }
        server.stop();
    }

    @Test
    void wakes_the_poll_on_connecting_and_on_each_arrival_but_not_while_the_mailbox_is_quiet() throws Exception {
        listen("secret");
        assertThat(nextWake()).as("a first read, for what came while nobody listened").isEqualTo(42L);
        assertThat(listener.state()).isEqualTo(IdleState.LISTENING);
        assertThat(wakes.poll(1, TimeUnit.SECONDS)).as("nothing arrived").isNull();

        deliver("Drukarka nie drukuje");
        assertThat(nextWake()).isEqualTo(42L);

        listener.renew();
        assertThat(wakes.poll(1, TimeUnit.SECONDS)).as("a renewed IDLE is no news").isNull();
        deliver("Monitor migocze");
        assertThat(nextWake()).as("still listening after the renewal").isEqualTo(42L);
        assertThat(listener.state()).isEqualTo(IdleState.LISTENING);

        listener.stop();
        thread.join(5000);
        assertThat(thread.isAlive()).isFalse();
        assertThat(listener.state()).isEqualTo(IdleState.OFF);
    }

    @Test
    void mail_that_arrives_while_a_poll_runs_wakes_another_poll() throws Exception {
        var first = new java.util.concurrent.atomic.AtomicBoolean(true);
        listen("secret", id -> {
            if (first.getAndSet(false)) {
                deliver("Arrived during the poll");
            }
            wakes.add(id);
        });
        assertThat(nextWake()).isEqualTo(42L);
        assertThat(nextWake()).as("the mail that came during the first poll").isEqualTo(42L);
        assertThat(wakes.poll(1, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void a_refused_sign_in_is_tried_again_and_stopping_ends_the_wait() throws Exception {
        listen("wrong password");
        var deadline = System.nanoTime() + ARRIVAL.toNanos();
        while (listener.state() != IdleState.RETRYING && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(listener.state()).isEqualTo(IdleState.RETRYING);
        assertThat(wakes).isEmpty();

        listener.stop();
        thread.join(2000);
        assertThat(thread.isAlive()).as("the pause before the next try ends at once").isFalse();
    }

    private void listen(String password) {
        listen(password, wakes::add);
    }

    private void listen(String password, java.util.function.LongConsumer wake) {
        var access = new MailboxLeases.Access(42, ADDRESS, "127.0.0.1", server.getImap().getPort(), ADDRESS, password, "INBOX", false);
        listener = new MailboxListener(access, wake);
        thread = new Thread(listener, "idle-test");
        thread.start();
    }

    private Long nextWake() throws InterruptedException {
        return wakes.poll(ARRIVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void deliver(String subject) {
        GreenMailUtil.sendTextEmail(ADDRESS, "emma.wilson@acme-logistics.example", subject, "Od rana.", server.getSmtp().getServerSetup());
    }
}
