-- CreateIndex
CREATE INDEX "DelegationInvite_userId_idx" ON "DelegationInvite"("userId");

-- CreateIndex
CREATE INDEX "Registration_eventId_lastName_id_idx" ON "Registration"("eventId", "lastName", "id");
