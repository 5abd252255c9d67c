import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { negotiateLocale, type Locale } from '@linkage/domain';
import type { Request } from 'express';

/** The reader's language, from the request's Accept-Language (English when none is supported). */
export function requestLocale(request: Pick<Request, 'headers'>): Locale {
  return negotiateLocale(request.headers['accept-language']);
}

/** Injects the reader's language (see `requestLocale`). */
export const ReaderLocale = createParamDecorator((_data: unknown, context: ExecutionContext): Locale =>
  requestLocale(context.switchToHttp().getRequest<Request>()),
);
