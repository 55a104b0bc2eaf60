-- AlterTable
ALTER TABLE "TargetScore" ADD COLUMN "selfAt" DATETIME;
ALTER TABLE "TargetScore" ADD COLUMN "selfById" TEXT;
ALTER TABLE "TargetScore" ADD COLUMN "selfJustification" TEXT;
ALTER TABLE "TargetScore" ADD COLUMN "selfScore" REAL;

-- CreateTable
CREATE TABLE "Duty" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "Duty_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WorkItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dutyId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sectionId" TEXT,
    "phone" TEXT,
    CONSTRAINT "WorkItem_dutyId_fkey" FOREIGN KEY ("dutyId") REFERENCES "Duty" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WorkItem_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TargetDutyLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "targetId" TEXT NOT NULL,
    "dutyId" TEXT NOT NULL,
    "workItemId" TEXT,
    CONSTRAINT "TargetDutyLink_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TargetDutyLink_dutyId_fkey" FOREIGN KEY ("dutyId") REFERENCES "Duty" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TargetDutyLink_workItemId_fkey" FOREIGN KEY ("workItemId") REFERENCES "WorkItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DutyBoundary" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "matter" TEXT NOT NULL,
    "legalBasis" TEXT,
    "caseText" TEXT,
    CONSTRAINT "DutyBoundary_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DutyBoundaryParty" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "boundaryId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "department" TEXT NOT NULL,
    "division" TEXT NOT NULL,
    CONSTRAINT "DutyBoundaryParty_boundaryId_fkey" FOREIGN KEY ("boundaryId") REFERENCES "DutyBoundary" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SupervisionProcedure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    CONSTRAINT "SupervisionProcedure_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PublicService" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "sectionId" TEXT,
    "phone" TEXT,
    CONSTRAINT "PublicService_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PublicService_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CountItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "targetId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "sectionId" TEXT,
    "description" TEXT,
    "docNumber" TEXT,
    "link" TEXT,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "reason" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CountItem_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CountItem_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MonthLock" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "month" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "byId" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "until" DATETIME,
    CONSTRAINT "MonthLock_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Evidence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entryId" TEXT,
    "itemId" TEXT,
    "kind" TEXT NOT NULL,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "mimeType" TEXT,
    "sizeBytes" INTEGER,
    "storagePath" TEXT,
    "sha256" TEXT,
    "uploadedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Evidence_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "ProgressEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CountItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Evidence" ("createdAt", "entryId", "id", "kind", "mimeType", "sha256", "sizeBytes", "storagePath", "title", "uploadedById", "url") SELECT "createdAt", "entryId", "id", "kind", "mimeType", "sha256", "sizeBytes", "storagePath", "title", "uploadedById", "url" FROM "Evidence";
DROP TABLE "Evidence";
ALTER TABLE "new_Evidence" RENAME TO "Evidence";
CREATE INDEX "Evidence_entryId_idx" ON "Evidence"("entryId");
CREATE INDEX "Evidence_itemId_idx" ON "Evidence"("itemId");
CREATE TABLE "new_Plan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "source" TEXT,
    "assessmentGroup" TEXT,
    "otherNotes" TEXT,
    "behindMargin" REAL NOT NULL DEFAULT 0.1,
    "scoreFloor" REAL NOT NULL DEFAULT 0.6,
    "copiedFromId" TEXT,
    "lockAfterDays" INTEGER NOT NULL DEFAULT 10,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Plan_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Plan" ("assessmentGroup", "behindMargin", "createdAt", "id", "otherNotes", "scoreFloor", "source", "title", "unitId", "year") SELECT "assessmentGroup", "behindMargin", "createdAt", "id", "otherNotes", "scoreFloor", "source", "title", "unitId", "year" FROM "Plan";
DROP TABLE "Plan";
ALTER TABLE "new_Plan" RENAME TO "Plan";
CREATE UNIQUE INDEX "Plan_unitId_year_key" ON "Plan"("unitId", "year");
CREATE TABLE "new_Target" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "wording" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "measureUnit" TEXT,
    "targetValue" REAL,
    "baselineValue" REAL,
    "baselineSource" TEXT,
    "pointsOverride" REAL,
    "scoringRule" TEXT,
    "scoreFloor" REAL,
    "lineageKey" TEXT,
    "rollupKey" TEXT,
    "applicability" TEXT NOT NULL DEFAULT 'ACTIVE',
    "applicabilityReason" TEXT,
    "inactivePointsRule" TEXT NOT NULL DEFAULT 'REDISTRIBUTE',
    "greenAt" REAL,
    "amberAt" REAL,
    "direction" TEXT NOT NULL DEFAULT 'HIGHER_IS_BETTER',
    "startMonth" INTEGER,
    "endMonth" INTEGER,
    "windowText" TEXT,
    "remarks" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Target_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Target_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Target" ("areaId", "baselineSource", "baselineValue", "code", "createdAt", "endMonth", "id", "kind", "measureUnit", "planId", "pointsOverride", "remarks", "scoreFloor", "scoringRule", "sortOrder", "startMonth", "targetValue", "title", "updatedAt", "version", "windowText", "wording") SELECT "areaId", "baselineSource", "baselineValue", "code", "createdAt", "endMonth", "id", "kind", "measureUnit", "planId", "pointsOverride", "remarks", "scoreFloor", "scoringRule", "sortOrder", "startMonth", "targetValue", "title", "updatedAt", "version", "windowText", "wording" FROM "Target";
DROP TABLE "Target";
ALTER TABLE "new_Target" RENAME TO "Target";
CREATE INDEX "Target_areaId_idx" ON "Target"("areaId");
CREATE UNIQUE INDEX "Target_planId_code_key" ON "Target"("planId", "code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
