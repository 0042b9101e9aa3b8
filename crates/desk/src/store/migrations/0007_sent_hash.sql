-- A fingerprint of what the site confirmed of the article (content::sent), so the desk
-- can tell "changed since published" until an update goes out. NULL for publications
-- made before: nothing is claimed about them.
ALTER TABLE publications ADD COLUMN sent_hash TEXT;
