-- AlterTable
ALTER TABLE "CountItem" ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "reportDueDays" INTEGER NOT NULL DEFAULT 5;

-- AlterTable
ALTER TABLE "ProgressEntry" ADD COLUMN     "enteredUnit" TEXT,
ADD COLUMN     "enteredValue" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "TargetScore" ADD COLUMN     "selfVersion" INTEGER NOT NULL DEFAULT 0;
