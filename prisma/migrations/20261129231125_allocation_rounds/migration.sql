-- CreateTable
CREATE TABLE "PreferenceRound" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sessionIds" TEXT[],
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "choices" INTEGER NOT NULL DEFAULT 3,
    "balanceWeight" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "tolerance" DOUBLE PRECISION NOT NULL DEFAULT 0.1,
    "publishedRunId" TEXT,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "remindersSentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PreferenceRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PreferenceRanking" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "choices" JSONB NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PreferenceRanking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AllocationRun" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "input" JSONB NOT NULL,
    "result" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AllocationRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PreferenceRound_publishedRunId_key" ON "PreferenceRound"("publishedRunId");

-- CreateIndex
CREATE INDEX "PreferenceRound_eventId_idx" ON "PreferenceRound"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "PreferenceRanking_roundId_registrationId_key" ON "PreferenceRanking"("roundId", "registrationId");

-- CreateIndex
CREATE INDEX "AllocationRun_roundId_createdAt_idx" ON "AllocationRun"("roundId", "createdAt");

-- AddForeignKey
ALTER TABLE "PreferenceRanking" ADD CONSTRAINT "PreferenceRanking_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PreferenceRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationRun" ADD CONSTRAINT "AllocationRun_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PreferenceRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;
