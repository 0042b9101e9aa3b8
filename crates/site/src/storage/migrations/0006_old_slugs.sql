-- Addresses an article had before its slug changed, so the old address answers with a
-- permanent redirect to the new one in every locale (a link somebody shared keeps
-- working). An old slug stops being one when a text takes it again.

CREATE TABLE old_slugs (
    locale TEXT NOT NULL,
    slug TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (locale, slug)
) STRICT, WITHOUT ROWID;
