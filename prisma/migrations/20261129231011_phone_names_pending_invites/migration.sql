-- CreateEnum
CREATE TYPE "NameOrder" AS ENUM ('GIVEN_FIRST', 'FAMILY_FIRST');

-- AlterTable
ALTER TABLE "FeeCategory" ADD COLUMN     "description" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "nameOrder" "NameOrder" NOT NULL DEFAULT 'GIVEN_FIRST';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "familyName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "givenName" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "PendingInvitation" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PendingInvitation_userId_key" ON "PendingInvitation"("userId");

-- AddForeignKey
ALTER TABLE "PendingInvitation" ADD CONSTRAINT "PendingInvitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingInvitation" ADD CONSTRAINT "PendingInvitation_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
