-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "BursaryStatus" ADD VALUE 'PARTIAL';
ALTER TYPE "BursaryStatus" ADD VALUE 'WAITLISTED';

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'XOF';

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "bursaryDecidedAt" TIMESTAMP(3),
ADD COLUMN     "bursaryDecidedById" TEXT,
ADD COLUMN     "bursaryDecisionReason" TEXT,
ADD COLUMN     "bursaryFeeCoverMinor" INTEGER,
ADD COLUMN     "bursaryGrantedMinor" INTEGER;
