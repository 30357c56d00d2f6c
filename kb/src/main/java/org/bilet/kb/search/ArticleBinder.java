package org.bilet.kb.search;

import java.util.Optional;
import org.bilet.kb.article.Article;
import org.bilet.kb.article.ArticleVersion;
import org.bilet.kb.article.VersionState;
import org.bilet.kb.language.TextLanguage;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Writes an article into its document (see {@link ArticleFields}): visibility, category, tags, the
 * languages it is published in, and the title and body text of each published version in its
 * language's fields, the language-free ones and the concept fields. Drafts and archived versions are never written:
 * what is found is what readers can read. A version's state or text changing reindexes the article;
 * its counters, changed by bulk UPDATE, do not.
 */
class ArticleBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("visibility").use("category").use("tags")
                .use("versions.state").use("versions.language").use("versions.title").use("versions.body");
        context.bridge(Article.class, new Bridge(context.indexSchemaElement(), context.typeFactory()));
    }

    private static final class Bridge implements TypeBridge<Article> {

        private final IndexFieldReference<String> visibility;
        private final IndexFieldReference<String> category;
        private final IndexFieldReference<String> tags;
        private final IndexFieldReference<String> language;
        private final TextFieldGroups textFields;

        Bridge(IndexSchemaElement schema, IndexFieldTypeFactory types) {
            var facet = types.asString().aggregable(Aggregable.YES).projectable(Projectable.NO).toIndexFieldType();
            visibility = schema.field(ArticleFields.VISIBILITY, facet).toReference();
            category = schema.field(ArticleFields.CATEGORY, facet).toReference();
            tags = schema.field(ArticleFields.TAGS, facet).multiValued().toReference();
            language = schema.field(ArticleFields.LANGUAGE, facet).multiValued().toReference();
            textFields = new TextFieldGroups(schema, types, ArticleFields.GROUPS);
        }

        @Override
        public void write(DocumentElement document, Article article, TypeBridgeWriteContext context) {
            document.addValue(visibility, article.visibility().name());
            document.addValue(category, Long.toString(article.category().id()));
            article.tags().forEach(tag -> document.addValue(tags, tag));
            for (ArticleVersion version : article.versions()) {
                if (version.state() != VersionState.PUBLISHED) {
                    continue;
                }
                document.addValue(language, version.language());
                var textLanguage = TextLanguage.ofCode(version.language());
                write(document, ArticleFields.TITLE, textLanguage, version.title());
                write(document, ArticleFields.BODY, textLanguage, version.title());
                write(document, ArticleFields.BODY, textLanguage, version.bodyText());
                article.tags().forEach(tag -> write(document, ArticleFields.BODY, textLanguage, tag));
            }
        }

        private void write(DocumentElement document, String group, Optional<TextLanguage> textLanguage, String text) {
            textLanguage.ifPresent(l -> document.addValue(textFields.get(TicketFields.text(group, l)), text));
            document.addValue(textFields.get(TicketFields.text(group, TextAnalysis.FOLDED)), text);
            document.addValue(textFields.get(TicketFields.text(group, TextAnalysis.PREFIX)), text);
            var concepts = Concepts.mentions(textLanguage, text);
            if (!concepts.isEmpty()) {
                document.addValue(textFields.get(TicketFields.concepts(group)), String.join(" ", concepts));
            }
        }
    }
}
