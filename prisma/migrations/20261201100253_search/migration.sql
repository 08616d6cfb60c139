-- AddColumn (ALTER rather than a table rebuild, so columns, triggers and indexes added to
-- Article and Comment by other migrations are left alone)
ALTER TABLE "Article" ADD COLUMN "searchTitle" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Comment" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';
PRAGMA defer_foreign_keys=OFF;


-- Full-text search (hand-written; Prisma cannot express it). FTS5 over the search terms the
-- app writes (lib/search/normalize.ts: letters folded, diacritics gone, prefixes stripped), so
-- `unicode61` only has to split at spaces; `remove_diacritics 2` also folds any Latin accent a
-- writer outside the app left in. Contentless: the text lives in "Article", FTS5 keeps only
-- the index, and contentless_delete lets the triggers drop a row by id.
-- Triggers keep it in step with every write to "Article", in the writer's own transaction.
-- An article written without search terms is still found by its lowercased title and dek.
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
  title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER "ArticleSearch_insert" AFTER INSERT ON "Article" BEGIN
  INSERT INTO "ArticleSearch" (rowid, title, body) VALUES (
    NEW."id",
    CASE WHEN NEW."searchTitle" = '' THEN lower(NEW."title") ELSE NEW."searchTitle" END,
    CASE WHEN NEW."searchText" = '' THEN lower(NEW."dek") ELSE NEW."searchText" END
  );
END;
CREATE TRIGGER "ArticleSearch_update" AFTER UPDATE OF "title", "dek", "searchTitle", "searchText" ON "Article" BEGIN
  DELETE FROM "ArticleSearch" WHERE rowid = OLD."id";
  INSERT INTO "ArticleSearch" (rowid, title, body) VALUES (
    NEW."id",
    CASE WHEN NEW."searchTitle" = '' THEN lower(NEW."title") ELSE NEW."searchTitle" END,
    CASE WHEN NEW."searchText" = '' THEN lower(NEW."dek") ELSE NEW."searchText" END
  );
END;
CREATE TRIGGER "ArticleSearch_delete" AFTER DELETE ON "Article" BEGIN
  DELETE FROM "ArticleSearch" WHERE rowid = OLD."id";
END;
INSERT INTO "ArticleSearch" (rowid, title, body)
  SELECT "id", lower("title"), CASE WHEN "searchText" = '' THEN lower("dek") ELSE "searchText" END FROM "Article";

-- The moderation queue searches comments the same way (author name and body).
CREATE VIRTUAL TABLE "CommentSearch" USING fts5(
  body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER "CommentSearch_insert" AFTER INSERT ON "Comment" BEGIN
  INSERT INTO "CommentSearch" (rowid, body) VALUES (
    NEW."id", CASE WHEN NEW."searchText" = '' THEN lower(NEW."authorName" || ' ' || NEW."body") ELSE NEW."searchText" END
  );
END;
CREATE TRIGGER "CommentSearch_update" AFTER UPDATE OF "body", "authorName", "searchText" ON "Comment" BEGIN
  DELETE FROM "CommentSearch" WHERE rowid = OLD."id";
  INSERT INTO "CommentSearch" (rowid, body) VALUES (
    NEW."id", CASE WHEN NEW."searchText" = '' THEN lower(NEW."authorName" || ' ' || NEW."body") ELSE NEW."searchText" END
  );
END;
CREATE TRIGGER "CommentSearch_delete" AFTER DELETE ON "Comment" BEGIN
  DELETE FROM "CommentSearch" WHERE rowid = OLD."id";
END;
INSERT INTO "CommentSearch" (rowid, body) SELECT "id", lower("authorName" || ' ' || "body") FROM "Comment";
