-- AlterTable (columns added in place: redefining the link tables would rebuild them for nothing)
ALTER TABLE "ArticleAuthor" ADD COLUMN "articleLocale" TEXT NOT NULL DEFAULT '';
ALTER TABLE "ArticleAuthor" ADD COLUMN "articleStatus" TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE "ArticleAuthor" ADD COLUMN "articlePublishedAt" DATETIME;
ALTER TABLE "ArticleTag" ADD COLUMN "articleLocale" TEXT NOT NULL DEFAULT '';
ALTER TABLE "ArticleTag" ADD COLUMN "articleStatus" TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE "ArticleTag" ADD COLUMN "articlePublishedAt" DATETIME;

-- DropIndex (the new indexes start with the same column)
DROP INDEX "ArticleAuthor_authorId_articleId_idx";
DROP INDEX "ArticleTag_tagId_articleId_idx";

-- The article's edition, status and publication time on each of its links (hand-written; Prisma
-- cannot express it). A tag's or an author's page filters and orders by them, and counting a
-- listing of 20,000 articles through the article rows meant 20,000 lookups (their bodies sit
-- before the status column). Triggers keep the copies in step with every write, in the writer's
-- own transaction; the app never writes them.
CREATE TRIGGER "ArticleAuthor_articleFacts" AFTER INSERT ON "ArticleAuthor" BEGIN
  UPDATE "ArticleAuthor" SET ("articleLocale", "articleStatus", "articlePublishedAt") =
    (SELECT "locale", "status", "publishedAt" FROM "Article" WHERE "id" = NEW."articleId")
  WHERE "articleId" = NEW."articleId" AND "authorId" = NEW."authorId";
END;
CREATE TRIGGER "ArticleTag_articleFacts" AFTER INSERT ON "ArticleTag" BEGIN
  UPDATE "ArticleTag" SET ("articleLocale", "articleStatus", "articlePublishedAt") =
    (SELECT "locale", "status", "publishedAt" FROM "Article" WHERE "id" = NEW."articleId")
  WHERE "articleId" = NEW."articleId" AND "tagId" = NEW."tagId";
END;
CREATE TRIGGER "Article_linkFacts" AFTER UPDATE OF "locale", "status", "publishedAt" ON "Article"
  WHEN OLD."locale" IS NOT NEW."locale" OR OLD."status" IS NOT NEW."status" OR OLD."publishedAt" IS NOT NEW."publishedAt"
BEGIN
  UPDATE "ArticleAuthor" SET "articleLocale" = NEW."locale", "articleStatus" = NEW."status", "articlePublishedAt" = NEW."publishedAt"
  WHERE "articleId" = NEW."id";
  UPDATE "ArticleTag" SET "articleLocale" = NEW."locale", "articleStatus" = NEW."status", "articlePublishedAt" = NEW."publishedAt"
  WHERE "articleId" = NEW."id";
END;

UPDATE "ArticleAuthor" SET ("articleLocale", "articleStatus", "articlePublishedAt") =
  (SELECT "locale", "status", "publishedAt" FROM "Article" WHERE "id" = "ArticleAuthor"."articleId");
UPDATE "ArticleTag" SET ("articleLocale", "articleStatus", "articlePublishedAt") =
  (SELECT "locale", "status", "publishedAt" FROM "Article" WHERE "id" = "ArticleTag"."articleId");

-- CreateIndex
CREATE INDEX "ArticleAuthor_authorId_articleLocale_articlePublishedAt_articleId_articleStatus_idx" ON "ArticleAuthor"("authorId", "articleLocale", "articlePublishedAt", "articleId", "articleStatus");
CREATE INDEX "ArticleTag_tagId_articleLocale_articlePublishedAt_articleId_articleStatus_idx" ON "ArticleTag"("tagId", "articleLocale", "articlePublishedAt", "articleId", "articleStatus");
