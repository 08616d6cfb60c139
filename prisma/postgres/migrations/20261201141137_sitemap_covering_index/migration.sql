-- DropIndex
DROP INDEX "Article_id_status_publishedAt_updatedAt_idx";

-- CreateIndex
CREATE INDEX "Article_id_status_publishedAt_updatedAt_locale_slug_idx" ON "Article"("id", "status", "publishedAt", "updatedAt", "locale", "slug");

