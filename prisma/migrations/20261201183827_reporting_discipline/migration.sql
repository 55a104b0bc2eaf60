-- AlterTable
ALTER TABLE "ProgressEntry" ADD COLUMN "enteredUnit" TEXT;
ALTER TABLE "ProgressEntry" ADD COLUMN "enteredValue" REAL;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CountItem" (
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
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "CountItem_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CountItem_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- existing items (none were written before this migration) take their creation time as last update
INSERT INTO "new_CountItem" ("createdAt", "createdById", "date", "description", "docNumber", "id", "link", "name", "reason", "sectionId", "status", "targetId", "updatedAt") SELECT "createdAt", "createdById", "date", "description", "docNumber", "id", "link", "name", "reason", "sectionId", "status", "targetId", "createdAt" FROM "CountItem";
DROP TABLE "CountItem";
ALTER TABLE "new_CountItem" RENAME TO "CountItem";
CREATE INDEX "CountItem_targetId_idx" ON "CountItem"("targetId");
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
    "reportDueDays" INTEGER NOT NULL DEFAULT 5,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Plan_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Plan" ("assessmentGroup", "behindMargin", "copiedFromId", "createdAt", "id", "lockAfterDays", "otherNotes", "scoreFloor", "source", "title", "unitId", "year") SELECT "assessmentGroup", "behindMargin", "copiedFromId", "createdAt", "id", "lockAfterDays", "otherNotes", "scoreFloor", "source", "title", "unitId", "year" FROM "Plan";
DROP TABLE "Plan";
ALTER TABLE "new_Plan" RENAME TO "Plan";
CREATE UNIQUE INDEX "Plan_unitId_year_key" ON "Plan"("unitId", "year");
CREATE TABLE "new_TargetScore" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "targetId" TEXT NOT NULL,
    "declaredScore" REAL,
    "finalScore" REAL,
    "reason" TEXT,
    "selfScore" REAL,
    "selfJustification" TEXT,
    "selfById" TEXT,
    "selfAt" DATETIME,
    "selfVersion" INTEGER NOT NULL DEFAULT 0,
    "updatedById" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "TargetScore_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_TargetScore" ("declaredScore", "finalScore", "id", "reason", "selfAt", "selfById", "selfJustification", "selfScore", "targetId", "updatedAt", "updatedById", "version") SELECT "declaredScore", "finalScore", "id", "reason", "selfAt", "selfById", "selfJustification", "selfScore", "targetId", "updatedAt", "updatedById", "version" FROM "TargetScore";
DROP TABLE "TargetScore";
ALTER TABLE "new_TargetScore" RENAME TO "TargetScore";
CREATE UNIQUE INDEX "TargetScore_targetId_key" ON "TargetScore"("targetId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
