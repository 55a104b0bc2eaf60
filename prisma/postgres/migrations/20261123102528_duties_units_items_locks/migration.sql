-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "itemId" TEXT,
ALTER COLUMN "entryId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "copiedFromId" TEXT,
ADD COLUMN     "lockAfterDays" INTEGER NOT NULL DEFAULT 10;

-- AlterTable
ALTER TABLE "Target" ADD COLUMN     "amberAt" DOUBLE PRECISION,
ADD COLUMN     "applicability" TEXT NOT NULL DEFAULT 'ACTIVE',
ADD COLUMN     "applicabilityReason" TEXT,
ADD COLUMN     "direction" TEXT NOT NULL DEFAULT 'HIGHER_IS_BETTER',
ADD COLUMN     "greenAt" DOUBLE PRECISION,
ADD COLUMN     "inactivePointsRule" TEXT NOT NULL DEFAULT 'REDISTRIBUTE',
ADD COLUMN     "lineageKey" TEXT,
ADD COLUMN     "rollupKey" TEXT;

-- AlterTable
ALTER TABLE "TargetScore" ADD COLUMN     "selfAt" TIMESTAMP(3),
ADD COLUMN     "selfById" TEXT,
ADD COLUMN     "selfJustification" TEXT,
ADD COLUMN     "selfScore" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "Duty" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "Duty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkItem" (
    "id" TEXT NOT NULL,
    "dutyId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sectionId" TEXT,
    "phone" TEXT,

    CONSTRAINT "WorkItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetDutyLink" (
    "id" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "dutyId" TEXT NOT NULL,
    "workItemId" TEXT,

    CONSTRAINT "TargetDutyLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DutyBoundary" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "matter" TEXT NOT NULL,
    "legalBasis" TEXT,
    "caseText" TEXT,

    CONSTRAINT "DutyBoundary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DutyBoundaryParty" (
    "id" TEXT NOT NULL,
    "boundaryId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "department" TEXT NOT NULL,
    "division" TEXT NOT NULL,

    CONSTRAINT "DutyBoundaryParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionProcedure" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "SupervisionProcedure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicService" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "sectionId" TEXT,
    "phone" TEXT,

    CONSTRAINT "PublicService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CountItem" (
    "id" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "sectionId" TEXT,
    "description" TEXT,
    "docNumber" TEXT,
    "link" TEXT,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "reason" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CountItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthLock" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "month" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "byId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "until" TIMESTAMP(3),

    CONSTRAINT "MonthLock_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Duty_unitId_seq_key" ON "Duty"("unitId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "WorkItem_dutyId_seq_key" ON "WorkItem"("dutyId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "TargetDutyLink_targetId_dutyId_workItemId_key" ON "TargetDutyLink"("targetId", "dutyId", "workItemId");

-- CreateIndex
CREATE UNIQUE INDEX "DutyBoundary_unitId_seq_key" ON "DutyBoundary"("unitId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionProcedure_unitId_seq_key" ON "SupervisionProcedure"("unitId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "PublicService_unitId_seq_key" ON "PublicService"("unitId", "seq");

-- CreateIndex
CREATE INDEX "CountItem_targetId_idx" ON "CountItem"("targetId");

-- CreateIndex
CREATE UNIQUE INDEX "MonthLock_planId_month_key" ON "MonthLock"("planId", "month");

-- CreateIndex
CREATE INDEX "Evidence_itemId_idx" ON "Evidence"("itemId");

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CountItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Duty" ADD CONSTRAINT "Duty_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkItem" ADD CONSTRAINT "WorkItem_dutyId_fkey" FOREIGN KEY ("dutyId") REFERENCES "Duty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkItem" ADD CONSTRAINT "WorkItem_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetDutyLink" ADD CONSTRAINT "TargetDutyLink_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetDutyLink" ADD CONSTRAINT "TargetDutyLink_dutyId_fkey" FOREIGN KEY ("dutyId") REFERENCES "Duty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetDutyLink" ADD CONSTRAINT "TargetDutyLink_workItemId_fkey" FOREIGN KEY ("workItemId") REFERENCES "WorkItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyBoundary" ADD CONSTRAINT "DutyBoundary_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyBoundaryParty" ADD CONSTRAINT "DutyBoundaryParty_boundaryId_fkey" FOREIGN KEY ("boundaryId") REFERENCES "DutyBoundary"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionProcedure" ADD CONSTRAINT "SupervisionProcedure_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicService" ADD CONSTRAINT "PublicService_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicService" ADD CONSTRAINT "PublicService_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountItem" ADD CONSTRAINT "CountItem_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountItem" ADD CONSTRAINT "CountItem_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthLock" ADD CONSTRAINT "MonthLock_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
