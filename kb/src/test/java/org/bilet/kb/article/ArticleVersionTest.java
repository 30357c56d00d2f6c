package org.bilet.kb.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.bilet.people.Role;
import org.bilet.people.User;
import org.bilet.platform.ConflictException;
import org.bilet.platform.ForbiddenException;
import org.junit.jupiter.api.Test;

/** The review of a version, move by move, and who may make each move. */
class ArticleVersionTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final User AUTHOR = user("ewa", Role.EDITOR);
    static final User REVIEWER = user("jonas", Role.EDITOR);
    static final User ADMIN = user("tom", Role.ADMIN);

    @Test
    void a_draft_goes_through_review_to_readers() {
        var article = article();
        var draft = article.version(1);

        draft.submit();
        draft.approve(REVIEWER, ReviewRules.STRICT, NOW);
        article.publish(1, ADMIN, ReviewRules.STRICT, NOW);

        assertThat(draft.state()).isEqualTo(VersionState.PUBLISHED);
        assertThat(draft.reviewedBy()).isEqualTo(REVIEWER);
        assertThat(draft.publishedBy()).isEqualTo(ADMIN);
        assertThat(article.published("pl")).contains(draft);
    }

    @Test
    void the_author_does_not_approve_their_own_version_unless_allowed() {
        var draft = article().version(1);
        draft.submit();

        assertThatThrownBy(() -> draft.approve(AUTHOR, ReviewRules.STRICT, NOW)).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("cannot approve it");
        draft.approve(AUTHOR, new ReviewRules(false, true), NOW);
        assertThat(draft.state()).isEqualTo(VersionState.APPROVED);
    }

    @Test
    void only_administrators_publish_unless_publishing_is_delegated() {
        var article = article();
        article.version(1).submit();
        article.version(1).approve(REVIEWER, ReviewRules.STRICT, NOW);

        assertThatThrownBy(() -> article.publish(1, REVIEWER, ReviewRules.STRICT, NOW)).isInstanceOf(ForbiddenException.class);
        article.publish(1, REVIEWER, new ReviewRules(true, false), NOW);
        assertThat(article.version(1).state()).isEqualTo(VersionState.PUBLISHED);
    }

    @Test
    void moves_the_state_does_not_allow_are_conflicts_that_say_what_is_needed() {
        var article = article();
        var draft = article.version(1);

        assertThatThrownBy(() -> article.publish(1, ADMIN, ReviewRules.STRICT, NOW)).isInstanceOf(ConflictException.class)
                .hasMessage("Version 1 (pl) is DRAFT: only a version that is APPROVED can be published.");
        assertThatThrownBy(() -> draft.approve(REVIEWER, ReviewRules.STRICT, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> draft.sendBack(null)).isInstanceOf(ConflictException.class);
        draft.submit();
        assertThatThrownBy(draft::submit).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> draft.edit(text("Changed"))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("only a version that is DRAFT can be edited");
        draft.sendBack("Say which printers.");
        assertThat(draft.state()).isEqualTo(VersionState.DRAFT);
        assertThat(draft.changeNote()).isEqualTo("Say which printers.");
        draft.archive();
        assertThatThrownBy(draft::archive).isInstanceOf(ConflictException.class);
    }

    @Test
    void a_new_draft_leaves_the_published_version_to_readers_until_it_is_published_itself() {
        var article = published();

        var second = article.newDraft("pl", null, null, "Second floor too", AUTHOR, NOW);

        assertThat(second.title()).isEqualTo(article.version(1).title());
        assertThat(article.published("pl")).contains(article.version(1));
        assertThatThrownBy(() -> article.newDraft("pl", "Again", "Body", null, AUTHOR, NOW)).isInstanceOf(ConflictException.class);
        second.submit();
        second.approve(REVIEWER, ReviewRules.STRICT, NOW);
        article.publish(second.number(), ADMIN, ReviewRules.STRICT, NOW);

        assertThat(article.published("pl")).contains(second);
        assertThat(article.version(1).state()).isEqualTo(VersionState.ARCHIVED);
    }

    @Test
    void each_language_has_its_own_line_and_a_reader_falls_back_to_the_original() {
        var article = published();
        var lithuanian = article.newDraft("lt", "Spausdintuvas", "Tekstas", null, AUTHOR, NOW);

        assertThat(article.readableIn("lt")).contains(article.version(1));
        assertThat(article.readableIn("pl")).contains(article.version(1));
        lithuanian.submit();
        lithuanian.approve(REVIEWER, ReviewRules.STRICT, NOW);
        article.publish(lithuanian.number(), ADMIN, ReviewRules.STRICT, NOW);

        assertThat(article.readableIn("lt")).contains(lithuanian);
        assertThat(article.readableIn("uk")).contains(article.version(1));
        assertThat(article.publishedLanguages()).containsExactly("pl", "lt");
        assertThat(article.published("pl")).contains(article.version(1));
    }

    @Test
    void without_the_original_a_reader_gets_whatever_is_published() {
        var article = published();
        var english = article.newDraft("en", "Printer", "Text", null, AUTHOR, NOW);
        english.submit();
        english.approve(REVIEWER, ReviewRules.STRICT, NOW);
        article.publish(english.number(), ADMIN, ReviewRules.STRICT, NOW);
        article.version(1).archive();

        assertThat(article.readableIn("it")).contains(english);
        english.archive();
        assertThat(article.readableIn("it")).isEmpty();
        assertThat(article.isPublished()).isFalse();
    }

    @Test
    void a_body_is_sanitized_and_a_title_has_its_limit() {
        var text = ArticleText.of("  Printer  ", "<p>Restart it</p><script>alert(1)</script><img src=x onerror=alert(2)>", null);

        assertThat(text.title()).isEqualTo("Printer");
        assertThat(text.body()).contains("Restart it").doesNotContain("script", "onerror");
        assertThat(ArticleText.of("t", "one & two\nthree\n\nfour", null).body()).isEqualTo("<p>one &amp; two<br>three</p><p>four</p>");
        assertThatThrownBy(() -> ArticleText.of("x".repeat(10_000), "b", null)).hasMessageContaining("200 characters at most");
        assertThatThrownBy(() -> ArticleText.of("t", "<script>only</script>", null)).hasMessageContaining("empty");
    }

    @Test
    void languages_are_bilets_six() {
        assertThat(ArticleLanguage.parse("language", " PL ")).isEqualTo("pl");
        assertThatThrownBy(() -> ArticleLanguage.parse("language", "de"))
                .hasMessage("language must be one of pl, lt, uk, ru, it, en, not 'de'.");
    }

    static Article article() {
        return new Article(new ArticleCategory("Printers", null, 0), Visibility.PUBLIC, "pl", text("Drukarka nie drukuje"), AUTHOR, NOW);
    }

    static Article published() {
        var article = article();
        article.version(1).submit();
        article.version(1).approve(REVIEWER, ReviewRules.STRICT, NOW);
        article.publish(1, ADMIN, ReviewRules.STRICT, NOW);
        return article;
    }

    static ArticleText text(String title) {
        return ArticleText.of(title, "<p>" + title + "</p>", null);
    }

    static User user(String username, Role role) {
        return new User(username, username + "@example.com", username, "Test", EnumSet.of(role), NOW);
    }
}
