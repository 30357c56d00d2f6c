/**
 * Knowledge-base articles: a category tree, articles with a line of versions per language that go
 * through review before they are published, readers' feedback and "this solved it". The rules of
 * the review live in {@link org.bilet.kb.article.ArticleVersion} and {@link org.bilet.kb.article.Article},
 * who may read what in {@link org.bilet.kb.article.ArticleReaders}; services only load, check
 * roles and hand back records.
 */
package org.bilet.kb.article;
