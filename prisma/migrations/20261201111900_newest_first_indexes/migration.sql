-- CreateIndex
CREATE INDEX "Article_locale_publishedAt_idx" ON "Article"("locale", "publishedAt");

-- CreateIndex
CREATE INDEX "Article_sectionId_publishedAt_idx" ON "Article"("sectionId", "publishedAt");

