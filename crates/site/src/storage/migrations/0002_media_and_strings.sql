-- Interface string overrides and uploaded images (issue 4, the publishing API).
-- Append-only like 0001: never edit once released.

-- The newsroom's replacement for some of a locale's built-in site strings
-- (locales/<locale>/site.ftl). One row a locale; `version` grows with every write, so
-- `If-Match` can refuse a stale one.
CREATE TABLE site_strings (
    locale TEXT PRIMARY KEY,
    ftl TEXT NOT NULL,
    version INTEGER NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

-- Images accepted by POST /images. The bytes live in DIR/media/<name>; a row is written
-- only after its file is in place, so a row never names a missing upload.
CREATE TABLE media (
    name TEXT PRIMARY KEY,         -- <sha256 hex>.<ext>
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    created_at TEXT NOT NULL
) STRICT;
