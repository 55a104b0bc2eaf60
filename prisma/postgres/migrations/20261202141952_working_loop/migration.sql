-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "rectificationId" TEXT;

-- AlterTable
ALTER TABLE "Rectification" ADD COLUMN     "answer" TEXT,
ADD COLUMN     "answeredAt" TIMESTAMP(3),
ADD COLUMN     "answeredById" TEXT,
ADD COLUMN     "returnReason" TEXT,
ADD COLUMN     "returnedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "bulletinAddressee" TEXT,
ADD COLUMN     "bulletinIssuedAt" TIMESTAMP(3),
ADD COLUMN     "bulletinIssuedById" TEXT,
ADD COLUMN     "bulletinRemarks" TEXT;

-- AlterTable
ALTER TABLE "TargetOwner" ADD COLUMN     "assignedAt" TIMESTAMP(3),
ADD COLUMN     "assignedById" TEXT;

-- CreateIndex
CREATE INDEX "Evidence_rectificationId_idx" ON "Evidence"("rectificationId");

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_rectificationId_fkey" FOREIGN KEY ("rectificationId") REFERENCES "Rectification"("id") ON DELETE CASCADE ON UPDATE CASCADE;
