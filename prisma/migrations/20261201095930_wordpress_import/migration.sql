-- CreateTable
CREATE TABLE "ImportedItem" (
    "source" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "targetId" INTEGER NOT NULL,
    "checksum" TEXT NOT NULL DEFAULT '',

    PRIMARY KEY ("source", "kind", "sourceId")
);

-- CreateTable
CREATE TABLE "LegacyRedirect" (
    "path" TEXT NOT NULL PRIMARY KEY,
    "locale" TEXT NOT NULL,
    "targetKind" TEXT NOT NULL,
    "targetId" INTEGER NOT NULL DEFAULT 0
);

-- AddColumn (ALTER rather than a table rebuild, so triggers and indexes on Article are left alone)
ALTER TABLE "Article" ADD COLUMN "sticky" BOOLEAN NOT NULL DEFAULT false;
