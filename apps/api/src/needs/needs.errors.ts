import { DomainError, DomainErrorCode } from '../common/domain-error.js';

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
