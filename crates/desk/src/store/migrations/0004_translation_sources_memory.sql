-- Issue 6: what a translation was made from, and the translation memory.
--
-- A translation marked done keeps the source it was checked against (so a translator
-- sees which paragraphs changed since): the translations already done keep the source
-- as it is now. The translation memory holds the aligned paragraphs of every
-- translation marked done; for those already done it is seeded by the desk after the
-- migrations (`translate::memory::seed_pending`), because pairing paragraphs is the
-- desk's own code, not SQL.

ALTER TABLE article_texts ADD COLUMN source_title TEXT;
ALTER TABLE article_texts ADD COLUMN source_standfirst TEXT;
ALTER TABLE article_texts ADD COLUMN source_body TEXT;

CREATE TABLE translation_memory (
    id            INTEGER PRIMARY KEY,
    article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    source_locale TEXT NOT NULL,
    target_locale TEXT NOT NULL,
    source_text   TEXT NOT NULL,
    target_text   TEXT NOT NULL,
    UNIQUE (article_id, target_locale, source_text)
);
CREATE INDEX translation_memory_pair
    ON translation_memory(source_locale, target_locale, source_text);

UPDATE article_texts AS t
   SET source_title = s.title, source_standfirst = s.standfirst, source_body = s.body
  FROM articles a
  JOIN article_texts s ON s.article_id = a.id AND s.locale = a.source_locale
 WHERE t.article_id = a.id AND t.status = 'done' AND t.locale <> a.source_locale;

INSERT OR REPLACE INTO settings(key, value)
SELECT 'translation_memory_seed', 'pending'
 WHERE EXISTS (SELECT 1 FROM article_texts t JOIN articles a ON a.id = t.article_id
                WHERE t.status = 'done' AND t.locale <> a.source_locale);
