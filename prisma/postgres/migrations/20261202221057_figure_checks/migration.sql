-- AlterTable
ALTER TABLE "CountItem" ADD COLUMN     "checkNote" TEXT,
ADD COLUMN     "checkStatus" TEXT NOT NULL DEFAULT 'ACCEPTED',
ADD COLUMN     "checkedAt" TIMESTAMP(3),
ADD COLUMN     "checkedById" TEXT;

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "checkFigures" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ProgressEntry" ADD COLUMN     "checkNote" TEXT,
ADD COLUMN     "checkStatus" TEXT NOT NULL DEFAULT 'ACCEPTED',
ADD COLUMN     "checkedAt" TIMESTAMP(3),
ADD COLUMN     "checkedById" TEXT;

-- CreateIndex
CREATE INDEX "CountItem_checkStatus_idx" ON "CountItem"("checkStatus");

-- CreateIndex
CREATE INDEX "ProgressEntry_checkStatus_idx" ON "ProgressEntry"("checkStatus");
