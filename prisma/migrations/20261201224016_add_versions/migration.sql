-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Rectification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reviewId" TEXT,
    "targetId" TEXT NOT NULL,
    "notice" TEXT NOT NULL,
    "deadline" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "issuedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    "closedById" TEXT,
    "closingNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Rectification_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Rectification_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Rectification" ("closedAt", "closedById", "closingNote", "createdAt", "deadline", "id", "issuedById", "notice", "reviewId", "status", "targetId") SELECT "closedAt", "closedById", "closingNote", "createdAt", "deadline", "id", "issuedById", "notice", "reviewId", "status", "targetId" FROM "Rectification";
DROP TABLE "Rectification";
ALTER TABLE "new_Rectification" RENAME TO "Rectification";
CREATE INDEX "Rectification_targetId_idx" ON "Rectification"("targetId");
CREATE TABLE "new_Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "periodIndex" INTEGER NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "snapshotAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    "closedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Review_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Review" ("closedAt", "closedById", "createdAt", "createdById", "id", "kind", "periodEnd", "periodIndex", "periodStart", "planId", "snapshotAt", "status", "year") SELECT "closedAt", "closedById", "createdAt", "createdById", "id", "kind", "periodEnd", "periodIndex", "periodStart", "planId", "snapshotAt", "status", "year" FROM "Review";
DROP TABLE "Review";
ALTER TABLE "new_Review" RENAME TO "Review";
CREATE UNIQUE INDEX "Review_planId_kind_year_periodIndex_key" ON "Review"("planId", "kind", "year", "periodIndex");
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "sectionId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "User_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("active", "createdAt", "displayName", "id", "isDemo", "mustChangePassword", "passwordHash", "role", "sectionId", "unitId", "username") SELECT "active", "createdAt", "displayName", "id", "isDemo", "mustChangePassword", "passwordHash", "role", "sectionId", "unitId", "username" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
