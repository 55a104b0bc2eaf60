-- CreateTable
CREATE TABLE "EvidenceBlob" (
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceBlob_pkey" PRIMARY KEY ("sha256")
);
