-- Issue 15: the newsroom's relay. Every desk's log of records, as desks pushed them;
-- the site checks and relays, it never merges. Nothing here is ever shown to readers:
-- only the /api/v1/sync routes, behind a newsroom token, read these tables.

-- A desk and the token holder (the token's label) it belongs to: a desk's log is
-- written by that holder only, whichever of their tokens they use.
CREATE TABLE sync_desks (
    desk TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    last_seq INTEGER NOT NULL,
    first_seen TEXT NOT NULL
) STRICT;

-- The logs. `record` is the record's JSON as accepted; a refused record keeps only its
-- place, its id and the reason (`refusal`, JSON), none of its content.
CREATE TABLE sync_records (
    desk TEXT NOT NULL,
    seq INTEGER NOT NULL,
    id TEXT NOT NULL UNIQUE,
    author TEXT NOT NULL,
    received_at TEXT NOT NULL,
    record TEXT,
    refusal TEXT,
    CHECK ((record IS NULL) <> (refusal IS NULL)),
    PRIMARY KEY (desk, seq)
) STRICT;

-- The revisions (of texts and of articles' metadata) the site holds: a pushed
-- revision's parents must be among them. `locale` is NULL for metadata revisions.
CREATE TABLE sync_nodes (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    locale TEXT,
    desk TEXT NOT NULL,
    seq INTEGER NOT NULL
) STRICT;

-- What role checks need of an article: who started it and its source locale (from
-- the newest metadata revision received).
CREATE TABLE sync_articles (
    article_id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    source_locale TEXT NOT NULL
) STRICT;
