import { DomainError, DomainErrorCode } from '../common/domain-error.js';
import { type PastNeedDate } from '@linkage/domain';

/** A need that was awarded, cancelled or closed is a record: it can no longer be edited. */
export const needNotEditable = (status: string) =>
  new DomainError(
    DomainErrorCode.Conflict,
    `A ${status.toLowerCase()} sourcing need can no longer be edited`,
    {
      status: `The need is ${status}`,
    },
  );

export const invalidNeed = (field: string, message: string) =>
  new DomainError(DomainErrorCode.InvalidInput, `Invalid ${field}`, { [field]: message });

/** A need posted open, opened or edited with dates already past (domain `pastNeedDates`). */
export const pastNeedDatesError = (past: readonly PastNeedDate[]) =>
  new DomainError(
    DomainErrorCode.InvalidInput,
    'A sourcing need open to suppliers needs a response deadline and deliveries that are not past',
    Object.fromEntries(past.map((p) => [p.field, p.message])),
  );
