-- Issue 5: several sites, translation status, the outbox.
--
-- The one site of the foundation (two settings) becomes the first row of `sites`;
-- texts get a translation status (the migration's step in Rust, frozen in
-- `migrations.rs`, then marks the translations already on a site as done, so updating
-- those articles is not blocked); publishing goes through the outbox.

-- The sites the desk publishes to. Their tokens are in the OS keyring under the URL.
CREATE TABLE sites (
    url          TEXT PRIMARY KEY,
    info         TEXT,              -- the last GET /site answer (JSON), for offline use
    refreshed_at TEXT,
    added_at     TEXT NOT NULL
);
INSERT INTO sites(url, info, added_at)
    SELECT u.value, i.value, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM settings u LEFT JOIN settings i ON i.key = 'site_info'
    WHERE u.key = 'site_url';
DELETE FROM settings WHERE key IN ('site_url', 'site_info');

-- A translation's status, and the source text it was last checked against (a hash of
-- the source's title, standfirst and body): when the source moves on, a translation
-- marked done is outdated until a translator has looked. Unused on source texts.
ALTER TABLE article_texts ADD COLUMN status TEXT NOT NULL DEFAULT 'in_progress'
    CHECK (status IN ('in_progress', 'needs_review', 'done'));
ALTER TABLE article_texts ADD COLUMN source_hash TEXT;

-- Set when the site confirmed an unpublish; the version stays, for the next If-Match.
ALTER TABLE publications ADD COLUMN unpublished_at TEXT;

-- Images a site is known to have. Content-addressed, so once there, always there.
CREATE TABLE site_images (
    site_url TEXT NOT NULL,
    name     TEXT NOT NULL,
    PRIMARY KEY (site_url, name)
) WITHOUT ROWID;

-- Writes waiting for, or done by, a site. One row is one operation: its idempotency
-- key never changes, so however often it is sent the site applies it once.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    site_url        TEXT NOT NULL,
    article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    action          TEXT NOT NULL CHECK (action IN ('publish', 'unpublish')),
    payload         TEXT,             -- the ArticlePut, as it was when queued
    idempotency_key TEXT NOT NULL UNIQUE,
    -- NULL until first sent; then 'absent' or the version sent as If-Match, kept for
    -- every retry (a retry must be the same request, or the site refuses its key).
    expect          TEXT,
    state           TEXT NOT NULL
                    CHECK (state IN ('queued', 'sending', 'done', 'failed', 'conflict',
                                     'cancelled')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    error_code      TEXT,
    error_message   TEXT,
    -- done: the site's answer (urls, version); conflict: the site's current version.
    result          TEXT,
    batch           TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
CREATE INDEX outbox_by_article ON outbox(article_id, site_url, id);
CREATE INDEX outbox_by_batch ON outbox(batch) WHERE batch IS NOT NULL;
