import { type MessageCode } from '../catalogue.js';

/**
 * One language's templates: an ICU MessageFormat string for every code. Typed as a complete record,
 * so a code without a template in some language fails typecheck; the domain test checks further
 * that each template reads exactly the parameters its code declares.
 */
export type MessageTemplates = Readonly<Record<MessageCode, string>>;
