-- CreateEnum
CREATE TYPE "VisaLetterStatus" AS ENUM ('ISSUED', 'REVOKED');

-- AlterTable
ALTER TABLE "Registration" DROP COLUMN "dateOfBirth",
DROP COLUMN "passportNumber",
ADD COLUMN     "dateOfBirthEnc" TEXT,
ADD COLUMN     "passportNumberEnc" TEXT;

-- CreateTable
CREATE TABLE "VisaLetterSettings" (
    "eventId" TEXT NOT NULL,
    "templates" JSONB NOT NULL DEFAULT '{}',
    "signatoryName" TEXT NOT NULL DEFAULT '',
    "signatoryTitle" TEXT NOT NULL DEFAULT '',
    "signature" BYTEA,
    "signatureType" TEXT,
    "logo" BYTEA,
    "logoType" TEXT,
    "retentionDays" INTEGER NOT NULL DEFAULT 30,
    "letterCounter" INTEGER NOT NULL DEFAULT 0,
    "visaDataErasedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VisaLetterSettings_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "VisaLetter" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "status" "VisaLetterStatus" NOT NULL DEFAULT 'ISSUED',
    "holderName" TEXT NOT NULL,
    "nationality" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "revokeReason" TEXT,

    CONSTRAINT "VisaLetter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "VisaLetter_number_key" ON "VisaLetter"("number");

-- CreateIndex
CREATE UNIQUE INDEX "VisaLetter_code_key" ON "VisaLetter"("code");

-- CreateIndex
CREATE INDEX "VisaLetter_registrationId_status_idx" ON "VisaLetter"("registrationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "VisaLetter_eventId_seq_key" ON "VisaLetter"("eventId", "seq");

-- AddForeignKey
ALTER TABLE "VisaLetterSettings" ADD CONSTRAINT "VisaLetterSettings_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisaLetter" ADD CONSTRAINT "VisaLetter_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisaLetter" ADD CONSTRAINT "VisaLetter_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
