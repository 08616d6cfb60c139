-- Search takes the newest matches (lib/search/engine.ts). For a word in a few percent of the
-- archive, the GIN index alone lists thousands of matches and every one is read from the table
-- to find the newest 200, and walking the newest rows tests thousands of out-of-line vectors.
-- With the id in the same GIN index (btree_gin, a trusted extension that ships with PostgreSQL),
-- "matches among the newest N rows" is answered inside the index, and only those rows are read.
-- The key is `id + 0`, not `id`: a condition on it can only be served by this index, so the
-- planner cannot turn it into a walk of the primary key that tests every row.
CREATE EXTENSION IF NOT EXISTS btree_gin;

DROP INDEX "Article_searchVector_idx";
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector", ("id" + 0));

DROP INDEX "Comment_searchVector_idx";
CREATE INDEX "Comment_searchVector_idx" ON "Comment" USING GIN ("searchVector", ("id" + 0));
