-- Issue 3: revisions, search, soft delete, images, tags as rows, stable text ids.
--
-- `article_texts` is rebuilt to give every text a stable integer id (an implicit rowid
-- may be renumbered by VACUUM, and the search index refers to texts by it). The index
-- is made empty here: it is derived data, filled by the desk after the migrations with
-- the folding of its own version (`content::texts::refresh_index`).

CREATE TABLE article_texts_v2 (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    locale     TEXT NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    standfirst TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    slug       TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    UNIQUE (article_id, locale)
);
INSERT INTO article_texts_v2(article_id, locale, title, standfirst, body, slug, updated_at)
    SELECT article_id, locale, title, standfirst, body, slug, updated_at FROM article_texts;
DROP TABLE article_texts;
ALTER TABLE article_texts_v2 RENAME TO article_texts;
-- From a search hit (a text id) to its article without reading the text's row, which
-- holds the whole body: a search of common words maps thousands of hits.
CREATE INDEX article_texts_doc ON article_texts(id, article_id, locale);

-- Soft delete: a deleted article leaves the list and search and can come back.
ALTER TABLE articles ADD COLUMN deleted_at TEXT;
-- Every save reads MAX(edit_seq); the list shows the live articles by edit_seq and
-- counts them; the section filter takes a section and the range below it.
CREATE INDEX articles_by_edit ON articles(edit_seq);
CREATE INDEX articles_live_by_edit ON articles(edit_seq) WHERE deleted_at IS NULL;
CREATE INDEX articles_by_section ON articles(section, edit_seq);

-- The tags of articles.tags (the JSON the article carries), as rows to filter on.
CREATE TABLE article_tags (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag        TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (article_id, tag)
) WITHOUT ROWID;
CREATE INDEX article_tags_by_tag ON article_tags(tag, article_id);
INSERT OR IGNORE INTO article_tags(article_id, tag)
    SELECT a.id, j.value FROM articles a, json_each(a.tags) j WHERE json_valid(a.tags);

-- Snapshots of one text. Never updated; only autosave snapshots are ever deleted
-- (thinned), and only with their article.
CREATE TABLE revisions (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    locale     TEXT NOT NULL,
    kind       TEXT NOT NULL
               CHECK (kind IN ('autosave', 'named', 'workflow', 'restore', 'import')),
    label      TEXT,
    created_at TEXT NOT NULL,
    title      TEXT NOT NULL,
    standfirst TEXT NOT NULL,
    body       TEXT NOT NULL,
    word_count INTEGER NOT NULL
);
CREATE INDEX revisions_by_text ON revisions(article_id, locale, id);

-- Images the desk stores, content-addressed: the file is <data>/images/<name>.
CREATE TABLE images (
    name       TEXT PRIMARY KEY,      -- "<sha256 hex>.<ext>"
    mime       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    original   TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

-- Full-text search over every text. Contentless: the texts are already in
-- article_texts, so only the index is kept; contentless_delete lets a save replace a
-- text's entry by its rowid (= article_texts.id). The tokenizer only splits: folding
-- happened in Rust (fold.rs), with marks kept as part of words.
CREATE VIRTUAL TABLE search_index USING fts5(
    title, standfirst, body,
    content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
);
