-- DropIndex
DROP INDEX "ViewBucket_hour_idx";

-- CreateIndex
CREATE INDEX "ViewBucket_hour_articleId_count_idx" ON "ViewBucket"("hour", "articleId", "count");

