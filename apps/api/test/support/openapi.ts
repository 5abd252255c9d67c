import { inDays } from './test-app.js';

/** The parts of an OpenAPI schema the route sweeps read. */
export interface Schema {
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
}

/** The API's OpenAPI document, as the sweeps walk it: each path, each method, its JSON body's schema. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
}

/**
 * A value of the schema's shape, so a request passes validation and what refuses it (or not) is
 * the route itself: the first non-null alternative, the first enum value, dates two months ahead.
 */
export function plausible(s: Schema | undefined, depth = 0): unknown {
  if (!s || depth > 4) return 'x';
  const alt = s.anyOf ?? s.oneOf;
  if (alt?.length) return plausible(alt.find((a) => a.type !== 'null') ?? alt[0], depth + 1);
  if (s.enum?.length) return s.enum[0];
  switch (s.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(s.properties ?? {}).map(([k, v]) => [k, plausible(v, depth + 1)]),
      );
    case 'array':
      return [plausible(s.items, depth + 1)];
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    default:
      return s.format === 'date'
        ? inDays(60)
        : s.format === 'uuid'
          ? '00000000-0000-4000-8000-000000000000'
          : 'Argan oil';
  }
}
