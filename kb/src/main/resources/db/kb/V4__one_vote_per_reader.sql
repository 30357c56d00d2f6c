-- "Was this helpful?" counts once per reader and article: a reader's later vote replaces the earlier
-- one. Earlier duplicates are dropped (the latest stays) and the counts recounted from the votes
-- kept; every vote has had its row, as only signed-in readers vote.
delete f from kb_article_feedback f
    join kb_article_feedback later on later.article_id = f.article_id and later.user_id = f.user_id and later.id > f.id;
update kb_article a set
    helpful_yes = (select count(*) from kb_article_feedback f where f.article_id = a.id and f.helpful),
    helpful_no  = (select count(*) from kb_article_feedback f where f.article_id = a.id and not f.helpful);
create unique index ux_kb_article_feedback_reader on kb_article_feedback (article_id, user_id);
