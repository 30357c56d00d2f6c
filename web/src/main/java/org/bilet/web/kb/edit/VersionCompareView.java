package org.bilet.web.kb.edit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.bilet.kb.article.Articles;
import org.bilet.kb.article.VersionInfo;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.web.session.NotFound;
import org.jsoup.Jsoup;

/**
 * /kb/edit/compare.xhtml?id=12&amp;a=1&amp;b=3: two versions of an article side by side as one
 * text, words removed and added marked ({@link WordDiff}); the body is compared as text, without
 * its markup. A plain GET page, so a comparison is a link.
 */
@Named
@ViewScoped
public class VersionCompareView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Articles articles;

    @Inject
    EditorGate gate;

    private long id;
    private Integer a;
    private Integer b;
    private List<VersionInfo> versions;
    private List<WordDiff.Part> title = List.of();
    private List<WordDiff.Part> body = List.of();
    private String articleTitle;

    public void load() throws IOException {
        if (!gate.require()) {
            return;
        }
        try {
            versions = articles.versions(id).stream().sorted(Comparator.comparingInt(VersionInfo::number)).toList();
        } catch (ResourceNotFoundException e) {
            NotFound.respond();
            return;
        }
        articleTitle = versions.get(versions.size() - 1).title();
        if (b == null) {
            b = versions.get(versions.size() - 1).number();
        }
        if (a == null) {
            a = versions.size() > 1 ? versions.get(versions.size() - 2).number() : b;
        }
        compare();
    }

    public void compare() {
        if (!exists(a) || !exists(b)) {
            title = List.of();
            body = List.of();
            return;
        }
        var older = articles.version(id, a);
        var newer = articles.version(id, b);
        title = WordDiff.of(older.title(), newer.title());
        body = WordDiff.of(text(older.body()), text(newer.body()));
    }

    private boolean exists(Integer number) {
        return number != null && versions.stream().anyMatch(v -> v.number() == number);
    }

    private static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }

    public List<VersionInfo> getVersions() {
        return versions;
    }

    public List<WordDiff.Part> getTitle() {
        return title;
    }

    public List<WordDiff.Part> getBody() {
        return body;
    }

    public String getArticleTitle() {
        return articleTitle;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Integer getA() {
        return a;
    }

    public void setA(Integer a) {
        this.a = a;
    }

    public Integer getB() {
        return b;
    }

    public void setB(Integer b) {
        this.b = b;
    }
}
