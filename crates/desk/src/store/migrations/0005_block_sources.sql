-- Which source block each block of a translation translates (JSON array of the source
-- blocks' text), so that a paragraph translated out of turn stays beside its source;
-- NULL pairs blocks by position.
ALTER TABLE article_texts ADD COLUMN block_sources TEXT;
