-- Password reset links (issue 4): their tokens live in mail_tokens with the purpose
-- 'password-reset'. SQLite cannot change a CHECK constraint in place, so the table is
-- rebuilt with the wider one; its rows and indexes carry over unchanged.
-- Append-only like every migration: never edit once released.

CREATE TABLE mail_tokens_new (
    hash TEXT PRIMARY KEY,
    purpose TEXT NOT NULL
        CHECK (purpose IN ('newsletter-confirm', 'unsubscribe', 'password-reset')),
    email TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
) STRICT;
INSERT INTO mail_tokens_new (hash, purpose, email, created_at, expires_at)
    SELECT hash, purpose, email, created_at, expires_at FROM mail_tokens;
DROP TABLE mail_tokens;
ALTER TABLE mail_tokens_new RENAME TO mail_tokens;
CREATE INDEX mail_tokens_by_email ON mail_tokens (email, purpose);
CREATE INDEX mail_tokens_by_expiry ON mail_tokens (expires_at);
