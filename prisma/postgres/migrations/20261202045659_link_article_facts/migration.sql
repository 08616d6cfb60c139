-- DropIndex (the new indexes start with the same column)
DROP INDEX "ArticleAuthor_authorId_articleId_idx";
DROP INDEX "ArticleTag_tagId_articleId_idx";

-- AlterTable
ALTER TABLE "ArticleAuthor" ADD COLUMN     "articleLocale" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "articlePublishedAt" TIMESTAMP(3),
ADD COLUMN     "articleStatus" TEXT NOT NULL DEFAULT 'draft';

-- AlterTable
ALTER TABLE "ArticleTag" ADD COLUMN     "articleLocale" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "articlePublishedAt" TIMESTAMP(3),
ADD COLUMN     "articleStatus" TEXT NOT NULL DEFAULT 'draft';

-- The article's edition, status and publication time on each of its links (hand-written; Prisma
-- cannot express it). A tag's or an author's page filters and orders by them, and counting a
-- listing of 20,000 articles through the article rows meant 20,000 lookups. Triggers keep the
-- copies in step with every write, in the writer's own transaction; the app never writes them.
CREATE FUNCTION midad_link_article_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT "locale", "status", "publishedAt" INTO NEW."articleLocale", NEW."articleStatus", NEW."articlePublishedAt"
  FROM "Article" WHERE "id" = NEW."articleId";
  RETURN NEW;
END $$;

CREATE TRIGGER "ArticleAuthor_articleFacts" BEFORE INSERT OR UPDATE OF "articleId"
  ON "ArticleAuthor" FOR EACH ROW EXECUTE FUNCTION midad_link_article_facts();
CREATE TRIGGER "ArticleTag_articleFacts" BEFORE INSERT OR UPDATE OF "articleId"
  ON "ArticleTag" FOR EACH ROW EXECUTE FUNCTION midad_link_article_facts();

CREATE FUNCTION midad_article_link_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ArticleAuthor" SET "articleLocale" = NEW."locale", "articleStatus" = NEW."status", "articlePublishedAt" = NEW."publishedAt"
  WHERE "articleId" = NEW."id";
  UPDATE "ArticleTag" SET "articleLocale" = NEW."locale", "articleStatus" = NEW."status", "articlePublishedAt" = NEW."publishedAt"
  WHERE "articleId" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "Article_linkFacts" AFTER UPDATE OF "locale", "status", "publishedAt" ON "Article" FOR EACH ROW
  WHEN (OLD."locale" IS DISTINCT FROM NEW."locale" OR OLD."status" IS DISTINCT FROM NEW."status" OR OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt")
  EXECUTE FUNCTION midad_article_link_facts();

UPDATE "ArticleAuthor" l SET "articleLocale" = a."locale", "articleStatus" = a."status", "articlePublishedAt" = a."publishedAt"
  FROM "Article" a WHERE a."id" = l."articleId";
UPDATE "ArticleTag" l SET "articleLocale" = a."locale", "articleStatus" = a."status", "articlePublishedAt" = a."publishedAt"
  FROM "Article" a WHERE a."id" = l."articleId";

-- CreateIndex
CREATE INDEX "ArticleAuthor_authorId_articleLocale_articlePublishedAt_art_idx" ON "ArticleAuthor"("authorId", "articleLocale", "articlePublishedAt", "articleId", "articleStatus");

-- CreateIndex
CREATE INDEX "ArticleTag_tagId_articleLocale_articlePublishedAt_articleId_idx" ON "ArticleTag"("tagId", "articleLocale", "articlePublishedAt", "articleId", "articleStatus");
