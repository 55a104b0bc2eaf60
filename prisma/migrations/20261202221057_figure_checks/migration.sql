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
    "checkStatus" TEXT NOT NULL DEFAULT 'ACCEPTED',
    "checkedById" TEXT,
    "checkedAt" DATETIME,
    "checkNote" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "CountItem_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CountItem_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_CountItem" ("createdAt", "createdById", "date", "description", "docNumber", "id", "isDemo", "link", "name", "reason", "sectionId", "status", "targetId", "updatedAt", "version") SELECT "createdAt", "createdById", "date", "description", "docNumber", "id", "isDemo", "link", "name", "reason", "sectionId", "status", "targetId", "updatedAt", "version" FROM "CountItem";
DROP TABLE "CountItem";
ALTER TABLE "new_CountItem" RENAME TO "CountItem";
CREATE INDEX "CountItem_targetId_idx" ON "CountItem"("targetId");
CREATE INDEX "CountItem_checkStatus_idx" ON "CountItem"("checkStatus");
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
    "checkFigures" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Plan_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Plan" ("assessmentGroup", "behindMargin", "copiedFromId", "createdAt", "id", "lockAfterDays", "otherNotes", "reportDueDays", "scoreFloor", "source", "title", "unitId", "year") SELECT "assessmentGroup", "behindMargin", "copiedFromId", "createdAt", "id", "lockAfterDays", "otherNotes", "reportDueDays", "scoreFloor", "source", "title", "unitId", "year" FROM "Plan";
DROP TABLE "Plan";
ALTER TABLE "new_Plan" RENAME TO "Plan";
CREATE UNIQUE INDEX "Plan_unitId_year_key" ON "Plan"("unitId", "year");
CREATE TABLE "new_ProgressEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "targetId" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "reportedFor" DATETIME NOT NULL,
    "note" TEXT,
    "reportedById" TEXT NOT NULL,
    "action" TEXT NOT NULL DEFAULT 'RECORD',
    "replacesId" TEXT,
    "reason" TEXT,
    "enteredValue" REAL,
    "enteredUnit" TEXT,
    "checkStatus" TEXT NOT NULL DEFAULT 'ACCEPTED',
    "checkedById" TEXT,
    "checkedAt" DATETIME,
    "checkNote" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProgressEntry_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgressEntry_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ProgressEntry_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "ProgressEntry" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ProgressEntry" ("action", "createdAt", "enteredUnit", "enteredValue", "id", "isDemo", "note", "reason", "replacesId", "reportedById", "reportedFor", "targetId", "value") SELECT "action", "createdAt", "enteredUnit", "enteredValue", "id", "isDemo", "note", "reason", "replacesId", "reportedById", "reportedFor", "targetId", "value" FROM "ProgressEntry";
DROP TABLE "ProgressEntry";
ALTER TABLE "new_ProgressEntry" RENAME TO "ProgressEntry";
CREATE INDEX "ProgressEntry_targetId_reportedFor_idx" ON "ProgressEntry"("targetId", "reportedFor");
CREATE INDEX "ProgressEntry_checkStatus_idx" ON "ProgressEntry"("checkStatus");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
