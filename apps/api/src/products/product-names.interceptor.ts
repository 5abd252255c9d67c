import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Locale } from '@linkage/domain';
import { productName } from '@linkage/domain/products';
import type { Request } from 'express';
import { map, type Observable } from 'rxjs';
import { requestLocale } from '../common/request-locale.js';

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/** `productCode` → `productName`, `scopeProductCodes` → `scopeProductNames`; undefined for other keys. */
function nameKey(key: string): string | undefined {
  if (/(^p|P)roductCodes$/.test(key)) return key.replace(/Codes$/, 'Names');
  if (/(^p|P)roductCode$/.test(key)) return key.replace(/Code$/, 'Name');
  return undefined;
}

/**
 * A copy of a response in which every product code carries its name in the reader's language:
 * beside `productCode` a `productName`, beside `productCodes` the `productNames` in the same order.
 * Plain objects and arrays only; anything else (dates, files, streams) is passed through untouched.
 */
export function withProductNames(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((item) => withProductNames(item, locale));
  if (!isPlainObject(value)) return value;
  const named: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    named[key] = withProductNames(field, locale);
    const names = nameKey(key);
    if (!names) continue;
    if (typeof field === 'string') named[names] = productName(field, locale);
    else if (Array.isArray(field) && field.every((code) => typeof code === 'string'))
      named[names] = field.map((code: string) => productName(code, locale));
  }
  return named;
}

/**
 * Names products wherever a response gives their code, in the language of the request's
 * Accept-Language, so every list can show "Quinoa (HS 1008.50)" rather than a bare code — one
 * rule in one place rather than a name added by hand in each of the dozen views that carry a code.
 */
@Injectable()
export class ProductNamesInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const locale = requestLocale(context.switchToHttp().getRequest<Request>());
    return next.handle().pipe(map((body) => withProductNames(body, locale)));
  }
}
