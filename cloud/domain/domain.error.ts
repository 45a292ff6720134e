import { ERROR_MESSAGES, type ErrorCode, type FieldErrors } from '../../types/errors';

/** A refusal the user should read: a stable code, its Chinese message, and field messages for forms. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields?: FieldErrors,
    message: string = ERROR_MESSAGES[code],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Throws `code` unless `condition` holds; keeps guards one line each. */
export function ensure(condition: unknown, code: ErrorCode): asserts condition {
  if (!condition) throw new DomainError(code);
}
