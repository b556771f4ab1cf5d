// Types of the database schema (Prisma's generated enums and transaction
// client), for pure code, policies and client components. Types only: the
// database client itself is imported by data.ts and mutations.ts alone.
export type {
  Accommodation,
  BursaryStatus,
  Continent,
  DelegationStatus,
  EmailStatus,
  EnrollmentStatus,
  EventStatus,
  Gender,
  Locale,
  OrganizationKind,
  ParticipantType,
  PaymentEntryKind,
  PaymentMethod,
  PaymentStatus,
  AnnouncementKind,
  QuestionType,
  RegistrationStatus,
  Role,
  SessionKind,
  SpeakerRole,
  TokenType,
} from '@/generated/prisma/enums';
export type { Prisma } from '@/generated/prisma/client';

import type { Prisma } from '@/generated/prisma/client';
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
