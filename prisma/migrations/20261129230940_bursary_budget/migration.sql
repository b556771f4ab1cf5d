-- CreateTable
CREATE TABLE "BursaryBudget" (
    "eventId" TEXT NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "committedMinor" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BursaryBudget_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "BursaryCeiling" (
    "eventId" TEXT NOT NULL,
    "continent" "Continent" NOT NULL,
    "ceilingMinor" INTEGER,
    "committedMinor" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BursaryCeiling_pkey" PRIMARY KEY ("eventId","continent")
);

-- AddForeignKey
ALTER TABLE "BursaryBudget" ADD CONSTRAINT "BursaryBudget_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BursaryCeiling" ADD CONSTRAINT "BursaryCeiling_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "BursaryBudget"("eventId") ON DELETE CASCADE ON UPDATE CASCADE;
