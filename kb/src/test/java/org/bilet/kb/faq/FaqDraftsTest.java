package org.bilet.kb.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilet.kb.faq.FaqTickets.Told;
import org.junit.jupiter.api.Test;

class FaqDraftsTest {

    @Test
    void theQuestionIsTheTypicalSubjectAndTheAnswerTheDistinctResolutions() {
        var draft = FaqDrafts.of("pl", List.of(
                new Told("drukarka  nie drukuje", "Od rana nic nie wychodzi.", "Zrestartowano kolejkę wydruku.", "reply"),
                new Told("Nie działa drukarka", "d", "Zrestartowano kolejkę wydruku.", null),
                new Told("Drukarka offline", "d", "Podłączono kabel sieciowy.", null)));

        assertThat(draft.title()).isEqualTo("Drukarka nie drukuje");
        assertThat(draft.body()).contains("<h2>Problem</h2>", "<h2>Rozwiązanie</h2>", "Od rana nic nie wychodzi.")
                .containsOnlyOnce("Zrestartowano kolejkę wydruku.").contains("Podłączono kabel sieciowy.").doesNotContain("reply");
    }

    @Test
    void withoutResolutionsTheStaffRepliesAnswer_andNothingIsMarkup() {
        var draft = FaqDrafts.of("en", List.of(new Told("vpn <b>drops</b>", "<script>alert(1)</script>", "", "Switch the client to TCP.")));

        assertThat(draft.body()).contains("Switch the client to TCP.").doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(draft.title()).isEqualTo("Vpn <b>drops</b>");
    }
}
