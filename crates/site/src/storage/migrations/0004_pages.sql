-- What the reader's pages ask of the articles beyond a listing: related stories by shared
-- tag, and section listings that stay fast as the archive grows.
--
-- `articles.tags` stays the JSON array the article carries (and the API returns); this
-- table holds the same tags as rows so "articles sharing a tag" is an index lookup, not
-- a JSON parse of every article. Triggers keep it in step with every write of
-- `articles`, whoever makes it, so the publishing code needs no change for it.

CREATE TABLE article_tags (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (article_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX article_tags_by_tag ON article_tags (tag, article_id);

CREATE TRIGGER article_tags_after_insert AFTER INSERT ON articles BEGIN
    INSERT OR IGNORE INTO article_tags (article_id, tag)
        SELECT NEW.id, value FROM json_each(NEW.tags);
END;

-- An upsert's DO UPDATE fires UPDATE triggers, so republishing lands here.
CREATE TRIGGER article_tags_after_update AFTER UPDATE OF tags ON articles BEGIN
    DELETE FROM article_tags WHERE article_id = NEW.id;
    INSERT OR IGNORE INTO article_tags (article_id, tag)
        SELECT NEW.id, value FROM json_each(NEW.tags);
END;

-- Articles published before this migration.
INSERT OR IGNORE INTO article_tags (article_id, tag)
    SELECT articles.id, j.value FROM articles, json_each(articles.tags) AS j;

-- Section pages list a section and its subsections newest first.
CREATE INDEX articles_by_section ON articles (section, visible_at);
