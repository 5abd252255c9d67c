import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { CONTROL_CHARACTER, CONTROL_CHARACTER_MESSAGE } from '@linkage/contracts';
import { DomainError, DomainErrorCode } from './domain-error.js';

/**
 * Refuses control characters (NUL and the other C0 codes except tab and line breaks) in any string
 * of a request's body, query or path, naming where each one is. PostgreSQL cannot store NUL in text,
 * and nothing a person types contains the others, so this guards every route, present and future,
 * before its own schema runs. Line breaks in single-line fields are the field schemas' to refuse.
 */
@Injectable()
export class ControlCharactersPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const fields: Record<string, string> = {};
    const prefix = metadata.type === 'body' || !metadata.data ? [] : [metadata.data];
    collect(value, prefix, fields, 0);
    const names = Object.keys(fields);
    if (names.length) {
      throw new DomainError(DomainErrorCode.InvalidInput, `Invalid ${names.join(', ')}`, fields);
    }
    return value;
  }
}

/** Nesting deeper than any of our schemas is not walked further (their own depth checks apply). */
const MAX_DEPTH = 12;

function collect(value: unknown, path: string[], fields: Record<string, string>, depth: number): void {
  if (typeof value === 'string') {
    if (CONTROL_CHARACTER.test(value)) fields[path.join('.') || '_'] = CONTROL_CHARACTER_MESSAGE;
    return;
  }
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Buffer.isBuffer(value)) return;
  for (const [key, inner] of Object.entries(value)) {
    if (CONTROL_CHARACTER.test(key)) fields[[...path, '_'].join('.')] = CONTROL_CHARACTER_MESSAGE;
    collect(inner, [...path, key], fields, depth + 1);
  }
}
