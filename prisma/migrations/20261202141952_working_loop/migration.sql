-- AlterTable
ALTER TABLE "Rectification" ADD COLUMN "answer" TEXT;
ALTER TABLE "Rectification" ADD COLUMN "answeredAt" DATETIME;
ALTER TABLE "Rectification" ADD COLUMN "answeredById" TEXT;
ALTER TABLE "Rectification" ADD COLUMN "returnReason" TEXT;
ALTER TABLE "Rectification" ADD COLUMN "returnedAt" DATETIME;

-- AlterTable
ALTER TABLE "Review" ADD COLUMN "bulletinAddressee" TEXT;
ALTER TABLE "Review" ADD COLUMN "bulletinIssuedAt" DATETIME;
ALTER TABLE "Review" ADD COLUMN "bulletinIssuedById" TEXT;
ALTER TABLE "Review" ADD COLUMN "bulletinRemarks" TEXT;

-- AlterTable
ALTER TABLE "TargetOwner" ADD COLUMN "assignedAt" DATETIME;
ALTER TABLE "TargetOwner" ADD COLUMN "assignedById" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Evidence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entryId" TEXT,
    "itemId" TEXT,
    "rectificationId" TEXT,
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
    CONSTRAINT "Evidence_rectificationId_fkey" FOREIGN KEY ("rectificationId") REFERENCES "Rectification" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Evidence" ("createdAt", "entryId", "id", "itemId", "kind", "mimeType", "sha256", "sizeBytes", "storagePath", "title", "uploadedById", "url") SELECT "createdAt", "entryId", "id", "itemId", "kind", "mimeType", "sha256", "sizeBytes", "storagePath", "title", "uploadedById", "url" FROM "Evidence";
DROP TABLE "Evidence";
ALTER TABLE "new_Evidence" RENAME TO "Evidence";
CREATE INDEX "Evidence_entryId_idx" ON "Evidence"("entryId");
CREATE INDEX "Evidence_itemId_idx" ON "Evidence"("itemId");
CREATE INDEX "Evidence_rectificationId_idx" ON "Evidence"("rectificationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
