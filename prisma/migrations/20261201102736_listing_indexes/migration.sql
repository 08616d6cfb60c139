-- CreateIndex
CREATE INDEX "Article_sectionId_status_publishedAt_locale_idx" ON "Article"("sectionId", "status", "publishedAt", "locale");

