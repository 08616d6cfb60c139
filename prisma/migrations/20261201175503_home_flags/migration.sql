-- AlterTable (a column added in place: redefining Article would drop its search triggers)
ALTER TABLE "Article" ADD COLUMN "breaking" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Article_locale_sticky_publishedAt_idx" ON "Article"("locale", "sticky", "publishedAt");

-- CreateIndex
CREATE INDEX "Article_locale_breaking_publishedAt_idx" ON "Article"("locale", "breaking", "publishedAt");

-- CreateIndex
CREATE INDEX "Article_locale_kind_publishedAt_idx" ON "Article"("locale", "kind", "publishedAt");
