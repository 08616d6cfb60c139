-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "locale" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "dek" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "searchTitle" TEXT NOT NULL DEFAULT '',
    "searchText" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "kind" TEXT NOT NULL DEFAULT 'news',
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "imageUrl" TEXT,
    "imageAlt" TEXT NOT NULL DEFAULT '',
    "imageCaption" TEXT NOT NULL DEFAULT '',
    "imageWidth" INTEGER,
    "imageHeight" INTEGER,
    "seoTitle" TEXT NOT NULL DEFAULT '',
    "seoDescription" TEXT NOT NULL DEFAULT '',
    "viewsTotal" INTEGER NOT NULL DEFAULT 0,
    "lockedById" INTEGER,
    "lockedAt" DATETIME,
    CONSTRAINT "Article_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("body", "createdAt", "dek", "id", "imageAlt", "imageCaption", "imageHeight", "imageUrl", "imageWidth", "kind", "locale", "lockedAt", "lockedById", "publishedAt", "searchText", "sectionId", "seoDescription", "seoTitle", "slug", "status", "title", "updatedAt", "viewsTotal") SELECT "body", "createdAt", "dek", "id", "imageAlt", "imageCaption", "imageHeight", "imageUrl", "imageWidth", "kind", "locale", "lockedAt", "lockedById", "publishedAt", "searchText", "sectionId", "seoDescription", "seoTitle", "slug", "status", "title", "updatedAt", "viewsTotal" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE INDEX "Article_locale_status_publishedAt_idx" ON "Article"("locale", "status", "publishedAt");
CREATE INDEX "Article_sectionId_status_publishedAt_idx" ON "Article"("sectionId", "status", "publishedAt");
CREATE UNIQUE INDEX "Article_locale_slug_key" ON "Article"("locale", "slug");
CREATE TABLE "new_Comment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "authorName" TEXT NOT NULL,
    "authorEmail" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "ipHash" TEXT NOT NULL DEFAULT '',
    "networkHash" TEXT NOT NULL DEFAULT '',
    "userAgent" TEXT NOT NULL DEFAULT '',
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedAt" DATETIME,
    "searchText" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Comment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Comment" ("approvedAt", "articleId", "authorEmail", "authorName", "body", "createdAt", "id", "idempotencyKey", "ipHash", "networkHash", "parentId", "status", "userAgent") SELECT "approvedAt", "articleId", "authorEmail", "authorName", "body", "createdAt", "id", "idempotencyKey", "ipHash", "networkHash", "parentId", "status", "userAgent" FROM "Comment";
DROP TABLE "Comment";
ALTER TABLE "new_Comment" RENAME TO "Comment";
CREATE UNIQUE INDEX "Comment_idempotencyKey_key" ON "Comment"("idempotencyKey");
CREATE INDEX "Comment_articleId_status_createdAt_idx" ON "Comment"("articleId", "status", "createdAt");
CREATE INDEX "Comment_status_createdAt_idx" ON "Comment"("status", "createdAt");
CREATE INDEX "Comment_authorEmail_idx" ON "Comment"("authorEmail");
PRAGMA foreign_keys=ON;
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
