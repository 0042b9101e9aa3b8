-- Issue 2: articles, their texts, what the site acknowledged, settings.
CREATE TABLE articles (
    id            TEXT PRIMARY KEY,       -- UUIDv7, made here, stable forever
    source_locale TEXT NOT NULL,
    section       TEXT NOT NULL DEFAULT '',
    tags          TEXT NOT NULL DEFAULT '[]',
    byline        TEXT NOT NULL DEFAULT '',
    source_url    TEXT,
    tier          TEXT NOT NULL DEFAULT 'public',
    state         TEXT NOT NULL DEFAULT 'draft',
    publish_at    TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    -- Grows with every edit across all articles: "most recently edited" without
    -- trusting two clock readings to differ.
    edit_seq      INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE article_texts (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    locale     TEXT NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    standfirst TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    slug       TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (article_id, locale)
);
-- What the site last acknowledged, per site: the version to send as If-Match.
CREATE TABLE publications (
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    site_url     TEXT NOT NULL,
    version      INTEGER NOT NULL,
    urls         TEXT NOT NULL,
    published_at TEXT NOT NULL,
    PRIMARY KEY (article_id, site_url)
);
-- Preferences and caches. Never secrets: those live in the OS keyring.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
