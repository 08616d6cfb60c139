-- DropIndex
DROP INDEX "ArticleAuthor_authorId_idx";

-- DropIndex
DROP INDEX "ArticleTag_tagId_idx";

-- CreateIndex
CREATE INDEX "Article_sectionId_publishedAt_id_locale_status_idx" ON "Article"("sectionId", "publishedAt", "id", "locale", "status");

-- CreateIndex
CREATE INDEX "Article_id_status_publishedAt_updatedAt_idx" ON "Article"("id", "status", "publishedAt", "updatedAt");

-- CreateIndex
CREATE INDEX "ArticleAuthor_authorId_articleId_idx" ON "ArticleAuthor"("authorId", "articleId");

-- CreateIndex
CREATE INDEX "ArticleTag_tagId_articleId_idx" ON "ArticleTag"("tagId", "articleId");

