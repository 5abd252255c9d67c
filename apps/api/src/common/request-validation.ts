import { type StandardSchemaV1 } from '@standard-schema/spec';
import { DomainError, DomainErrorCode } from './domain-error.js';

/**
 * Turns schema issues into one DomainError whose `fields` map each invalid input (dotted path) to
 * its first message, so the portal can show each message beside its field.
 */
export function requestValidationError(issues: readonly StandardSchemaV1.Issue[]): DomainError {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = (issue.path ?? []).map((p) => (typeof p === 'object' ? p.key : p)).join('.') || '_';
    fields[path] ??= issue.message;
  }
  const names = Object.keys(fields).filter((f) => f !== '_');
  const message = names.length ? `Invalid ${names.join(', ')}` : (issues[0]?.message ?? 'Invalid request');
  return new DomainError(DomainErrorCode.InvalidInput, message, fields);
}
