package org.bilet.kb.search;

import org.bilet.kb.article.Article;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

/** Maps knowledge-base articles for search: one document per article with its published versions, written by {@link ArticleBinder}. */
public class ArticleMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String ARTICLE_INDEX = "article";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var article = context.programmaticMapping().type(Article.class);
        article.indexed().index(ARTICLE_INDEX);
        article.binder(new ArticleBinder());
    }
}
