-- When readers first saw the article on the site: the date the site keeps giving it
-- through later updates (published_at is the last time it was sent). The preview dates
-- a published article with it. Publications made before: the last send is the best
-- known, and exact for an article sent once.
ALTER TABLE publications ADD COLUMN first_published_at TEXT;
UPDATE publications SET first_published_at = published_at;
