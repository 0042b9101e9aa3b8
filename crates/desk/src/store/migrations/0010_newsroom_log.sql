-- Issue 15: the desk's side of the newsroom.
--
-- What a desk shares goes out as records in its own log (`sync_log`, numbered 1, 2, 3…
-- with no gaps, each with a UUIDv7 for life); `sync_peers` says how far the desk has
-- read every other desk's log, and `sync_pending` holds records read before what they
-- follow arrived (another desk's log may bring that later).
--
-- Texts: `base_uid` is the revision the text on screen follows (its head), so a new
-- revision follows it and not merely the newest one stored (another desk's revisions
-- are stored too). Revisions the newsroom knows (`shared`: logged by this desk or read
-- from another) are never thinned, since another revision may name them; the slug,
-- translation status and source revision each had are kept with them from then on.
-- Metadata has its own history (`article_nodes`), merged field by field.
--
-- Changes are noticed by triggers into `sync_dirty_*`, so a round with nothing to do
-- reads two empty tables instead of comparing every text.
ALTER TABLE revisions ADD COLUMN shared INTEGER NOT NULL DEFAULT 0;
ALTER TABLE revisions ADD COLUMN slug TEXT;
ALTER TABLE revisions ADD COLUMN status TEXT;
ALTER TABLE revisions ADD COLUMN source_uid TEXT;
CREATE INDEX revisions_unshared ON revisions(id) WHERE shared = 0;

ALTER TABLE article_texts ADD COLUMN base_uid TEXT;
ALTER TABLE article_texts ADD COLUMN source_uid TEXT;
UPDATE article_texts SET base_uid = (
    SELECT uid FROM revisions r
     WHERE r.article_id = article_texts.article_id AND r.locale = article_texts.locale
     ORDER BY r.id DESC LIMIT 1);

ALTER TABLE articles ADD COLUMN meta_base TEXT;
-- Whether the newsroom last heard the article was in the bin, and from which record.
ALTER TABLE articles ADD COLUMN bin_shared INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN bin_record TEXT;

CREATE TABLE article_nodes (
    uid        TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    parents    TEXT NOT NULL DEFAULT '[]',
    desk       TEXT NOT NULL,
    author     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    -- The metadata as protocol's ArticleRevision has it, as JSON.
    fields     TEXT NOT NULL
);
CREATE INDEX article_nodes_by_article ON article_nodes(article_id);

CREATE TABLE sync_log (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    -- The protocol's SyncRecord as JSON, exactly as pushed.
    record     TEXT NOT NULL,
    article_id TEXT NOT NULL,
    locale     TEXT,
    -- 1 once the site gave its verdict; `refusal` is its reason when it refused.
    pushed     INTEGER NOT NULL DEFAULT 0,
    refusal    TEXT
);
CREATE INDEX sync_log_unpushed ON sync_log(seq) WHERE pushed = 0;

CREATE TABLE sync_peers (
    desk TEXT PRIMARY KEY,
    seq  INTEGER NOT NULL
);

CREATE TABLE sync_pending (
    id     TEXT PRIMARY KEY,
    record TEXT NOT NULL,
    author TEXT NOT NULL
);

-- A head of a text that could not be merged into the one on screen without a person.
CREATE TABLE text_conflicts (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    locale     TEXT NOT NULL,
    theirs     TEXT NOT NULL,
    PRIMARY KEY (article_id, locale, theirs)
);

CREATE TABLE sync_dirty_texts (
    article_id TEXT NOT NULL,
    locale     TEXT NOT NULL,
    PRIMARY KEY (article_id, locale)
);
CREATE TABLE sync_dirty_articles (
    article_id TEXT PRIMARY KEY
);
INSERT INTO sync_dirty_articles SELECT id FROM articles;
INSERT INTO sync_dirty_texts SELECT article_id, locale FROM article_texts;

CREATE TRIGGER sync_text_inserted AFTER INSERT ON article_texts BEGIN
    INSERT OR IGNORE INTO sync_dirty_texts VALUES (NEW.article_id, NEW.locale);
END;
CREATE TRIGGER sync_text_changed
AFTER UPDATE OF title, standfirst, body, slug, status, source_title, source_standfirst,
                source_body ON article_texts BEGIN
    INSERT OR IGNORE INTO sync_dirty_texts VALUES (NEW.article_id, NEW.locale);
END;
CREATE TRIGGER sync_article_inserted AFTER INSERT ON articles BEGIN
    INSERT OR IGNORE INTO sync_dirty_articles VALUES (NEW.id);
END;
CREATE TRIGGER sync_article_changed
AFTER UPDATE OF source_locale, section, tags, byline, source_url, tier, state, publish_at,
                deleted_at ON articles BEGIN
    INSERT OR IGNORE INTO sync_dirty_articles VALUES (NEW.id);
END;
