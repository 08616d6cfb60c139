-- CreateTable
CREATE TABLE "Heartbeat" (
    "instance" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Heartbeat_pkey" PRIMARY KEY ("instance")
);

