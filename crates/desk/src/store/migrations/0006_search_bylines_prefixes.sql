-- Issue 13: search as you type, with the byline.
--
-- The index gains the article's byline, in the row of each of its texts, so that the
-- words of one query may be found across headline, standfirst, body and byline
-- together; and prefix indexes of one and two characters, so that the first keys of a
-- word (a query's last word is a prefix query) are as quick to search as whole words.
-- The table is made anew, empty, and the record of the folding it was built with goes:
-- the desk fills it when it opens, as after migration 2 (`content::texts::refresh_index`).
DROP TABLE search_index;
CREATE VIRTUAL TABLE search_index USING fts5(
    title, standfirst, body, byline,
    content = '', contentless_delete = 1,
    prefix = '1 2',
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
);
DELETE FROM settings WHERE key = 'search_index_folding';

-- The articles whose byline changed since their texts were indexed. The trigger notes
-- every change, whichever code makes it; the desk re-indexes those texts in the same
-- transaction (`content::texts::reindex_bylines`, from `articles::touch`) and, should
-- one ever be left, when it opens.
CREATE TABLE search_stale_bylines (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE TRIGGER articles_byline_changed AFTER UPDATE OF byline ON articles
WHEN old.byline IS NOT new.byline
BEGIN
    INSERT OR IGNORE INTO search_stale_bylines(article_id) VALUES (new.id);
END;
