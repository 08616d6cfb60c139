-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "sticky" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ImportedItem" (
    "source" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "targetId" INTEGER NOT NULL,
    "checksum" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ImportedItem_pkey" PRIMARY KEY ("source","kind","sourceId")
);

-- CreateTable
CREATE TABLE "LegacyRedirect" (
    "path" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "targetKind" TEXT NOT NULL,
    "targetId" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LegacyRedirect_pkey" PRIMARY KEY ("path")
);

