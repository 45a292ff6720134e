/**
 * Separation of duties: nobody verifies their own 报到, grants themselves a role, or credits themselves points.
 * The check is the same everywhere; each action names the duty so the caller reads what was refused.
 */
import { DomainError } from './domain.error';

export type Duty = 'review' | 'grant' | 'credit';

const CODES = {
  review: 'DUTY.SELF_REVIEW',
  grant: 'DUTY.SELF_GRANT',
  credit: 'DUTY.SELF_CREDIT',
} as const;

/** Throws when the caller would act on themselves in this duty. */
export function refuseSelf(duty: Duty, callerId: string, subjectId: string): void {
  if (callerId === subjectId) throw new DomainError(CODES[duty]);
}
