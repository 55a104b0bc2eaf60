-- CreateTable
CREATE TABLE "ExternalAssessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "result" TEXT NOT NULL,
    "documentRef" TEXT NOT NULL,
    "updatedById" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "ExternalAssessment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "gradeExcellentAt" REAL NOT NULL DEFAULT 0.9,
    "gradeGoodAt" REAL NOT NULL DEFAULT 0.8,
    "gradePassAt" REAL NOT NULL DEFAULT 0.6,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Plan_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Plan" ("assessmentGroup", "behindMargin", "checkFigures", "copiedFromId", "createdAt", "id", "lockAfterDays", "otherNotes", "reportDueDays", "scoreFloor", "source", "title", "unitId", "year") SELECT "assessmentGroup", "behindMargin", "checkFigures", "copiedFromId", "createdAt", "id", "lockAfterDays", "otherNotes", "reportDueDays", "scoreFloor", "source", "title", "unitId", "year" FROM "Plan";
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
    "provinceScore" REAL,
    "provinceReason" TEXT,
    "provinceById" TEXT,
    "provinceAt" DATETIME,
    "provinceVersion" INTEGER NOT NULL DEFAULT 0,
    "updatedById" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "TargetScore_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_TargetScore" ("declaredScore", "finalScore", "id", "reason", "selfAt", "selfById", "selfJustification", "selfScore", "selfVersion", "targetId", "updatedAt", "updatedById", "version") SELECT "declaredScore", "finalScore", "id", "reason", "selfAt", "selfById", "selfJustification", "selfScore", "selfVersion", "targetId", "updatedAt", "updatedById", "version" FROM "TargetScore";
DROP TABLE "TargetScore";
ALTER TABLE "new_TargetScore" RENAME TO "TargetScore";
CREATE UNIQUE INDEX "TargetScore_targetId_key" ON "TargetScore"("targetId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ExternalAssessment_unitId_year_key" ON "ExternalAssessment"("unitId", "year");
