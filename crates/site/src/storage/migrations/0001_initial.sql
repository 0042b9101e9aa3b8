-- The site's first schema. Migrations are append-only: never edit this file once
-- released; add 0002_... instead.

CREATE TABLE tokens (
    -- SHA-256 (hex) of the bearer token; the token itself is never stored.
    hash TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('writer', 'translator', 'editor')),
    label TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE subscribers (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    tier TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE sessions (
    -- SHA-256 (hex) of the session cookie's value.
    hash TEXT PRIMARY KEY,
    subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    source_locale TEXT NOT NULL,
    section TEXT NOT NULL,
    tags TEXT NOT NULL,            -- JSON array
    byline TEXT NOT NULL,
    source_url TEXT,
    tier TEXT NOT NULL,
    publish_at TEXT,               -- as asked for; NULL means "now"
    visible_at TEXT NOT NULL,      -- when readers first see it
    unpublished INTEGER NOT NULL DEFAULT 0,
    put_json TEXT NOT NULL,        -- the accepted ArticlePut, as the API returns it
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX articles_by_visibility ON articles (unpublished, visible_at);

CREATE TABLE article_texts (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    title TEXT NOT NULL,
    standfirst TEXT NOT NULL,
    slug TEXT NOT NULL,
    body TEXT NOT NULL,            -- Markdown as received
    free_html TEXT NOT NULL,       -- rendered by the server, sanitised
    paid_html TEXT,
    word_count INTEGER NOT NULL,
    reading_minutes INTEGER NOT NULL,
    PRIMARY KEY (article_id, locale),
    UNIQUE (locale, slug)
) STRICT;

CREATE TABLE idempotency (
    token_hash TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL,
    headers TEXT NOT NULL,         -- JSON [[name, value], ...]
    body BLOB NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (token_hash, key)
) STRICT;
