import { type z } from 'zod';

/** Thrown at boot when a variable is missing or malformed; each process prints its one-line message and exits. */
export class InvalidConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidConfigError';
  }
}

/** Validates a process's environment against its schema, naming every bad variable in one line. */
export function parseEnv<S extends z.ZodType>(schema: S, raw: Record<string, unknown>): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new InvalidConfigError(`Invalid configuration (see .env.example): ${problems}`);
}
