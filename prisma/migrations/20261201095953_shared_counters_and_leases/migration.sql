-- AlterTable
ALTER TABLE "Article" ADD COLUMN "announcedAt" DATETIME;

-- AlterTable
ALTER TABLE "RateLimit" ADD COLUMN "expiresAt" DATETIME;

-- CreateTable
CREATE TABLE "Lease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "RateLimit_expiresAt_idx" ON "RateLimit"("expiresAt");

