-- Readers' accounts, the newsletter, rate limits and paid tiers (issue 4).
-- Append-only like every migration: never edit once released.

-- A sign-up waits here until the link mailed to the address is followed: the account
-- exists only once its owner has shown they read that mailbox, because tiers paid for
-- through the billing webhook are matched to accounts by e-mail address.
CREATE TABLE pending_signups (
    email TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,   -- PHC string (argon2id)
    -- SHA-256 (hex) of the token in the mailed link; the token itself is never stored.
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX pending_signups_by_expiry ON pending_signups (expires_at);

-- Newsletter subscriptions, by address. A row with confirmed_at NULL is waiting for
-- its confirmation and is forgotten at expires_at.
CREATE TABLE newsletter_subscriptions (
    email TEXT PRIMARY KEY,
    locale TEXT NOT NULL,          -- the language the reader subscribed in
    created_at TEXT NOT NULL,
    expires_at TEXT,               -- only while pending
    confirmed_at TEXT
) STRICT;

-- Tokens of the links in mails: newsletter confirmations (short-lived) and
-- unsubscribe links (one per mail sent, long-lived). Stored as hashes only.
CREATE TABLE mail_tokens (
    hash TEXT PRIMARY KEY,
    purpose TEXT NOT NULL CHECK (purpose IN ('newsletter-confirm', 'unsubscribe')),
    email TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX mail_tokens_by_email ON mail_tokens (email, purpose);
CREATE INDEX mail_tokens_by_expiry ON mail_tokens (expires_at);

-- Sliding-window rate limits: one row per counted event (a sign-in attempt, a mail
-- sent). In the database rather than in memory so that several processes share them.
CREATE TABLE rate_events (
    id INTEGER PRIMARY KEY,
    scope TEXT NOT NULL,           -- 'signin-email', 'signin-ip', 'mail-to', 'mail-ip'
    key TEXT NOT NULL,             -- a hashed address, or a client network
    at TEXT NOT NULL
) STRICT;
CREATE INDEX rate_events_by_key ON rate_events (scope, key, at);
CREATE INDEX rate_events_by_time ON rate_events (at);

-- Every billing event applied, by the provider's id: a second delivery of the same id
-- changes nothing.
CREATE TABLE billing_events (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    email TEXT NOT NULL,
    tier TEXT NOT NULL,            -- the tier the event moves the address to
    created INTEGER,               -- the provider's time of the event (unix seconds), if sent
    outcome TEXT NOT NULL,         -- 'applied', 'pending' (no account yet), 'stale'
    received_at TEXT NOT NULL
) STRICT;
CREATE INDEX billing_events_by_email ON billing_events (email, created);

-- A tier paid for by an address without an account yet; the account starts in it.
CREATE TABLE pending_tiers (
    email TEXT PRIMARY KEY,
    tier TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
