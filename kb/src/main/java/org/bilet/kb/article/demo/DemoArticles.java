package org.bilet.kb.article.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.bilet.kb.article.Article;
import org.bilet.kb.article.ArticleCategory;
import org.bilet.kb.article.ArticleText;
import org.bilet.kb.article.ReviewRules;
import org.bilet.kb.article.Visibility;
import org.bilet.people.Passwords;
import org.bilet.people.Role;
import org.bilet.people.User;
import org.bilet.platform.Settings;
import org.hibernate.Session;

/**
 * The knowledge base of the demo: two editors, a category tree and articles published in two to
 * four languages each (written by one editor, approved by the other, published by the
 * administrator), some public, one for staff only. Loaded once, when demo mode is on, the core's
 * demo is there and the knowledge base is still empty; in one transaction, like the core's demo.
 */
@Singleton
@Startup
@DependsOn("bilet-ejb.jar#DemoData")
public class DemoArticles {

    private static final Logger LOG = Logger.getLogger(DemoArticles.class.getName());
    private static final String PASSWORD = "demo";

    @Inject
    Settings settings;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Passwords passwords;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void load() {
        var admin = user("admin");
        if (!settings.demo() || admin == null
                || em.createQuery("select count(c) from ArticleCategory c", Long.class).getSingleResult() > 0) {
            return;
        }
        var content = read();
        var now = clock.instant();
        var editors = content.getJsonArray("editors").getValuesAs(JsonObject.class).stream().map(e -> editor(e, now)).toList();
        var categories = new HashMap<String, ArticleCategory>();
        content.getJsonArray("categories").getValuesAs(JsonObject.class).forEach(c -> category(c, null, categories));
        var articles = content.getJsonArray("articles").getValuesAs(JsonObject.class);
        for (int i = 0; i < articles.size(); i++) {
            // Alternate who writes and who reviews, so that nobody approves their own version.
            var author = editors.get(i % 2);
            var reviewer = editors.get((i + 1) % 2);
            article(articles.get(i), categories, author, reviewer, admin, now.minus(Duration.ofDays(30 - i)));
        }
        LOG.info(() -> "Demo knowledge base loaded: " + articles.size() + " articles, editors 'editor' and 'editor2'");
    }

    private void article(JsonObject definition, Map<String, ArticleCategory> categories, User author, User reviewer, User admin,
                         Instant at) {
        var versions = definition.getJsonArray("versions").getValuesAs(JsonObject.class);
        var first = versions.get(0);
        var article = new Article(categories.get(definition.getString("category")),
                Visibility.valueOf(definition.getString("visibility")), first.getString("language"), text(first), author, at);
        article.tag(definition.getJsonArray("tags").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        publish(article, 1, reviewer, admin, at);
        for (var translation : versions.subList(1, versions.size())) {
            var draft = article.newDraft(translation.getString("language"), translation.getString("title"),
                    translation.getString("body"), null, reviewer, at);
            publish(article, draft.number(), author, admin, at);
        }
        em.persist(article);
    }

    private static void publish(Article article, int number, User reviewer, User admin, Instant at) {
        var version = article.version(number);
        version.submit();
        version.approve(reviewer, ReviewRules.STRICT, at);
        article.publish(number, admin, ReviewRules.STRICT, at);
    }

    private static ArticleText text(JsonObject version) {
        return ArticleText.of(version.getString("title"), version.getString("body"), null);
    }

    private void category(JsonObject definition, ArticleCategory parent, Map<String, ArticleCategory> categories) {
        var category = new ArticleCategory(definition.getString("name"), parent, definition.getInt("position"));
        em.persist(category);
        categories.put(category.name(), category);
        if (definition.containsKey("children")) {
            definition.getJsonArray("children").getValuesAs(JsonObject.class).forEach(c -> category(c, category, categories));
        }
    }

    private User editor(JsonObject person, Instant now) {
        var existing = user(person.getString("username"));
        if (existing != null) {
            return existing;
        }
        var editor = new User(person.getString("username"), person.getString("email"), person.getString("firstName"),
                person.getString("lastName"), EnumSet.of(Role.EDITOR, Role.REQUESTER), now.minus(Duration.ofDays(200)));
        editor.setPasswordHash(passwords.hash(PASSWORD));
        editor.preferLocale(person.getString("locale"), person.getString("timeZone"));
        em.persist(editor);
        return editor;
    }

    private User user(String username) {
        return em.unwrap(Session.class).bySimpleNaturalId(User.class).load(username);
    }

    private static JsonObject read() {
        try (var in = DemoArticles.class.getResourceAsStream("articles.json")) {
            if (in == null) {
                throw new IllegalStateException("The demo content articles.json is missing from the package.");
            }
            try (var reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
