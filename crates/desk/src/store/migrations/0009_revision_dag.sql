-- Issue 15: revisions become the nodes of each text's history as the newsroom shares
-- it. Each has a global id (`uid`, a UUIDv7), the ids of the revisions it follows
-- (`parents`, a JSON array: none for a text's first, two for a merge), the desk that
-- made it and its author's name (filled from the site once the newsroom knows it).
-- Rebuilt to let `kind` be 'merge' too; the hook gives the revisions made before their
-- ids and links each to the one before it in its text.
CREATE TABLE revisions_v2 (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    locale     TEXT NOT NULL,
    kind       TEXT NOT NULL
               CHECK (kind IN ('autosave', 'named', 'workflow', 'restore', 'import', 'merge')),
    label      TEXT,
    created_at TEXT NOT NULL,
    title      TEXT NOT NULL,
    standfirst TEXT NOT NULL,
    body       TEXT NOT NULL,
    word_count INTEGER NOT NULL,
    uid        TEXT UNIQUE,
    parents    TEXT NOT NULL DEFAULT '[]',
    desk       TEXT NOT NULL DEFAULT '',
    author     TEXT NOT NULL DEFAULT ''
);
INSERT INTO revisions_v2(id, article_id, locale, kind, label, created_at, title, standfirst,
                         body, word_count)
    SELECT id, article_id, locale, kind, label, created_at, title, standfirst, body, word_count
    FROM revisions;
DROP TABLE revisions;
ALTER TABLE revisions_v2 RENAME TO revisions;
CREATE INDEX revisions_by_text ON revisions(article_id, locale, id);
