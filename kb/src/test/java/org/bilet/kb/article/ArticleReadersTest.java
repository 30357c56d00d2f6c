package org.bilet.kb.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.bilet.people.Role;
import org.junit.jupiter.api.Test;

/** Who reads what: the public anyone, employees' articles anyone signed in, staff articles staff. */
class ArticleReadersTest {

    @Test
    void each_reader_reads_the_visibilities_of_their_kind() {
        assertThat(ArticleReaders.of(Optional.empty()).visibilities()).containsExactly(Visibility.PUBLIC);
        assertThat(ArticleReaders.of(Optional.of(ArticleVersionTest.user("emma", Role.REQUESTER))).visibilities())
                .containsExactly(Visibility.PUBLIC, Visibility.EMPLOYEES);
        assertThat(ArticleReaders.of(Optional.of(ArticleVersionTest.user("marek", Role.AGENT))).visibilities())
                .containsExactly(Visibility.values());
        assertThat(ArticleReaders.of(Optional.of(ArticleVersionTest.user("ewa", Role.EDITOR))).edits()).isTrue();
        assertThat(ArticleReaders.of(Optional.of(ArticleVersionTest.user("marek", Role.AGENT))).edits()).isFalse();
    }
}
