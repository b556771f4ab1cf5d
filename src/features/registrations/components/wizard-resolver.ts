import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { registrationSchema, STEPS, stepSchema, type RegistrationContext, type RegistrationFormValues } from '../schema';

/**
 * One react-hook-form resolver per step, from the same zod schemas as the server action.
 * Imported lazily by the wizard (zod is ~33 KB gzipped): it loads when the person first
 * focuses the form, or at the latest at the first "continue".
 */
export function stepResolvers(context: RegistrationContext): Resolver<RegistrationFormValues>[] {
  return STEPS.map((s) => zodResolver((s === 'review' ? registrationSchema(context) : stepSchema(s, context)) as never) as unknown as Resolver<RegistrationFormValues>);
}
