package org.bilet.channels.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailTransportTest {

    @Test
    void without_a_user_bilet_never_logs_in_and_a_hanging_server_times_out() {
        var server = new Properties();
        server.setProperty("mail.smtp.host", "smtp.acme.example");
        server.setProperty("mail.smtp.auth", "true");
        server.setProperty("mail.smtp.user", "");

        var ours = MailTransport.properties(server);

        assertThat(ours.getProperty("mail.smtp.auth")).isEqualTo("false");
        assertThat(ours.getProperty("mail.smtp.user")).isNull();
        assertThat(ours.getProperty("mail.smtp.host")).isEqualTo("smtp.acme.example");
        assertThat(ours.getProperty("mail.smtp.connectiontimeout")).isEqualTo(MailTransport.CONNECT_TIMEOUT_MILLIS);
        assertThat(ours.getProperty("mail.smtp.timeout")).isEqualTo(MailTransport.READ_TIMEOUT_MILLIS);
        assertThat(ours.getProperty("mail.smtp.writetimeout")).isEqualTo(MailTransport.READ_TIMEOUT_MILLIS);
    }

    @Test
    void the_servers_word_for_no_user_means_no_login() {
        var server = new Properties();
        server.setProperty("mail.smtp.auth", "true");
        server.setProperty("mail.smtp.user", MailTransport.NO_LOGIN);

        var ours = MailTransport.properties(server);

        assertThat(ours.getProperty("mail.smtp.auth")).isEqualTo("false");
        assertThat(ours.getProperty("mail.smtp.user")).isNull();
    }

    @Test
    void with_a_user_and_tls_the_login_stays_and_starttls_is_required() {
        var server = new Properties();
        server.setProperty("mail.smtp.auth", "true");
        server.setProperty("mail.smtp.user", "bilet");
        server.setProperty("mail.smtp.starttls.enable", "true");

        var ours = MailTransport.properties(server);

        assertThat(ours.getProperty("mail.smtp.auth")).isEqualTo("true");
        assertThat(ours.getProperty("mail.smtp.user")).isEqualTo("bilet");
        assertThat(ours.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
    }

    @Test
    void the_from_address_is_checked_and_defaults_to_localhost() {
        assertThat(MailTransport.fromAddress(null).getAddress()).isEqualTo("bilet@localhost");
        assertThat(MailTransport.fromAddress("Pomoc IT <pomoc@acme.example>").getPersonal()).isEqualTo("Pomoc IT");
        assertThatThrownBy(() -> MailTransport.fromAddress("nobody")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BILET_MAIL_FROM");
    }
}
