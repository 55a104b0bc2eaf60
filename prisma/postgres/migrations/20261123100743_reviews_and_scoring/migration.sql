-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "scoreFloor" DOUBLE PRECISION NOT NULL DEFAULT 0.6;

-- AlterTable
ALTER TABLE "Target" ADD COLUMN     "scoreFloor" DOUBLE PRECISION,
ADD COLUMN     "scoringRule" TEXT;

-- CreateTable
CREATE TABLE "TargetScore" (
    "id" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "declaredScore" DOUBLE PRECISION,
    "finalScore" DOUBLE PRECISION,
    "reason" TEXT,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "TargetScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "periodIndex" INTEGER NOT NULL,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "periodEnd" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "snapshotAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "closedById" TEXT,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewSnapshot" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "areaName" TEXT NOT NULL,
    "owners" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "ratio" DOUBLE PRECISION,
    "status" TEXT NOT NULL,
    "expectedRatio" DOUBLE PRECISION NOT NULL,
    "forecastValue" DOUBLE PRECISION,
    "forecastRatio" DOUBLE PRECISION,
    "points" DOUBLE PRECISION NOT NULL,
    "computedScore" DOUBLE PRECISION,

    CONSTRAINT "ReviewSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "targetId" TEXT,
    "sectionId" TEXT,
    "body" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rectification" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT,
    "targetId" TEXT NOT NULL,
    "notice" TEXT NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "issuedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "closedById" TEXT,
    "closingNote" TEXT,

    CONSTRAINT "Rectification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TargetScore_targetId_key" ON "TargetScore"("targetId");

-- CreateIndex
CREATE UNIQUE INDEX "Review_planId_kind_year_periodIndex_key" ON "Review"("planId", "kind", "year", "periodIndex");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewSnapshot_reviewId_targetId_key" ON "ReviewSnapshot"("reviewId", "targetId");

-- CreateIndex
CREATE INDEX "ReviewComment_reviewId_idx" ON "ReviewComment"("reviewId");

-- CreateIndex
CREATE INDEX "Rectification_targetId_idx" ON "Rectification"("targetId");

-- AddForeignKey
ALTER TABLE "TargetScore" ADD CONSTRAINT "TargetScore_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewSnapshot" ADD CONSTRAINT "ReviewSnapshot_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewSnapshot" ADD CONSTRAINT "ReviewSnapshot_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;
