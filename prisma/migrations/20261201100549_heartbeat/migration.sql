-- CreateTable
CREATE TABLE "Heartbeat" (
    "instance" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL
);

