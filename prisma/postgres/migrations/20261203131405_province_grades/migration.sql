-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "gradeExcellentAt" DOUBLE PRECISION NOT NULL DEFAULT 0.9,
ADD COLUMN     "gradeGoodAt" DOUBLE PRECISION NOT NULL DEFAULT 0.8,
ADD COLUMN     "gradePassAt" DOUBLE PRECISION NOT NULL DEFAULT 0.6;

-- AlterTable
ALTER TABLE "TargetScore" ADD COLUMN     "provinceAt" TIMESTAMP(3),
ADD COLUMN     "provinceById" TEXT,
ADD COLUMN     "provinceReason" TEXT,
ADD COLUMN     "provinceScore" DOUBLE PRECISION,
ADD COLUMN     "provinceVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ExternalAssessment" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "result" TEXT NOT NULL,
    "documentRef" TEXT NOT NULL,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ExternalAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExternalAssessment_unitId_year_key" ON "ExternalAssessment"("unitId", "year");

-- AddForeignKey
ALTER TABLE "ExternalAssessment" ADD CONSTRAINT "ExternalAssessment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
