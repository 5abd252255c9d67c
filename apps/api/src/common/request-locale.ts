import { type Locale } from '@linkage/domain';
import type { Request } from 'express';
import { readerLocale } from '../auth/authenticated-user.js';

/**
 * The reader's language for a request: its Accept-Language when it names one of ours (the portal
 * sends its current language), else the signed-in caller's saved choice, else English.
 */
export function requestLocale(request: Pick<Request, 'headers' | 'user'>): Locale {
  return request.user?.readerLocale ?? readerLocale(request.headers['accept-language'], null);
}
