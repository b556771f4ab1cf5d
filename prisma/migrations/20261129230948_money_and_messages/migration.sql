-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('UNPAID', 'PARTLY_PAID', 'PAID', 'WAIVED', 'REFUNDED');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('BANK_TRANSFER', 'MOBILE_MONEY', 'CASH', 'CARD_TERMINAL', 'OTHER');

-- CreateEnum
CREATE TYPE "PaymentEntryKind" AS ENUM ('PAYMENT', 'REVERSAL', 'REFUND');

-- CreateEnum
CREATE TYPE "AnnouncementKind" AS ENUM ('ANNOUNCEMENT', 'REGISTRATION');

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "amountDueMinor" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "amountPaidMinor" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "billingAddress" TEXT,
ADD COLUMN     "billingName" TEXT,
ADD COLUMN     "feeWaivedAt" TIMESTAMP(3),
ADD COLUMN     "paymentStatus" "PaymentStatus" NOT NULL DEFAULT 'UNPAID';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "announcementsOptOut" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "EventMoneySettings" (
    "eventId" TEXT NOT NULL,
    "legalDetails" TEXT NOT NULL DEFAULT '',
    "paymentInstructions" JSONB NOT NULL DEFAULT '{}',
    "receiptCounter" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EventMoneySettings_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "PaymentEntry" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "kind" "PaymentEntryKind" NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "paidOn" DATE NOT NULL,
    "payerReference" TEXT,
    "note" TEXT,
    "provider" TEXT,
    "providerRef" TEXT,
    "reversesId" TEXT,
    "receiptNumber" INTEGER,
    "idempotencyKey" TEXT NOT NULL,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Announcement" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "kind" "AnnouncementKind" NOT NULL,
    "filter" JSONB NOT NULL DEFAULT '{}',
    "subject" JSONB NOT NULL,
    "body" JSONB NOT NULL,
    "recipientCount" INTEGER NOT NULL DEFAULT 0,
    "idempotencyKey" TEXT NOT NULL,
    "sentById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Announcement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PaymentEntry_reversesId_key" ON "PaymentEntry"("reversesId");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentEntry_idempotencyKey_key" ON "PaymentEntry"("idempotencyKey");

-- CreateIndex
CREATE INDEX "PaymentEntry_registrationId_createdAt_idx" ON "PaymentEntry"("registrationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentEntry_eventId_receiptNumber_key" ON "PaymentEntry"("eventId", "receiptNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Announcement_idempotencyKey_key" ON "Announcement"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Announcement_eventId_createdAt_idx" ON "Announcement"("eventId", "createdAt");

-- CreateIndex
CREATE INDEX "Registration_eventId_paymentStatus_idx" ON "Registration"("eventId", "paymentStatus");

-- AddForeignKey
ALTER TABLE "EventMoneySettings" ADD CONSTRAINT "EventMoneySettings_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentEntry" ADD CONSTRAINT "PaymentEntry_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentEntry" ADD CONSTRAINT "PaymentEntry_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentEntry" ADD CONSTRAINT "PaymentEntry_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "PaymentEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: what existing registrations owe (fee category amount less any fee cover of a grant).
UPDATE "Registration" r SET "amountDueMinor" = GREATEST(0,
  COALESCE((SELECT f."amountMinor" FROM "FeeCategory" f WHERE f.id = r."feeCategoryId"), 0)
  - CASE WHEN r."bursaryStatus" IN ('GRANTED', 'PARTIAL') THEN COALESCE(r."bursaryFeeCoverMinor", 0) ELSE 0 END);
UPDATE "Registration" SET "paymentStatus" = 'PAID' WHERE "amountDueMinor" = 0;
