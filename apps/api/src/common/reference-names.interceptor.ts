import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { standardName, type Locale } from '@linkage/domain';
import { productName } from '@linkage/domain/products';
import type { Request } from 'express';
import { map, type Observable } from 'rxjs';
import { requestLocale } from './request-locale.js';

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

type Namer = (code: string, locale: Locale) => string;

/**
 * Which keys hold reference codes, the key their names go under and how they are named:
 * `productCode` → `productName`, `scopeProductCodes` → `scopeProductNames`, `standardCode` →
 * `standardName`, `standardCodes` → `standardNames`.
 */
const NAMED_CODES: ReadonlyArray<{ key: RegExp; namer: Namer }> = [
  { key: /(^p|P)roductCodes?$/, namer: productName },
  { key: /(^s|S)tandardCodes?$/, namer: (code, locale) => standardName(code, locale) },
];

function nameKeyAndNamer(key: string): { names: string; namer: Namer } | undefined {
  const rule = NAMED_CODES.find(({ key: pattern }) => pattern.test(key));
  return rule && { names: key.replace(/Code(s?)$/, 'Name$1'), namer: rule.namer };
}

/**
 * A copy of a response in which every product and standard code carries its name in the reader's
 * language: beside `productCode` a `productName`, beside `productCodes` the `productNames` in the
 * same order, and so for standards. Plain objects and arrays only; anything else (dates, files,
 * streams) is passed through untouched. A name a view already gives is kept.
 */
export function withReferenceNames(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((item) => withReferenceNames(item, locale));
  if (!isPlainObject(value)) return value;
  const named: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    named[key] = withReferenceNames(field, locale);
    const rule = nameKeyAndNamer(key);
    if (!rule || rule.names in value) continue;
    if (typeof field === 'string') named[rule.names] = rule.namer(field, locale);
    else if (Array.isArray(field) && field.every((code) => typeof code === 'string'))
      named[rule.names] = field.map((code: string) => rule.namer(code, locale));
  }
  return named;
}

/**
 * Names products and standards wherever a response gives their codes, in the language of the
 * request's Accept-Language, so every list can show "Quinoa (HS 1008.50)" or "Agriculture
 * biologique (UE)" rather than a bare code: one rule in one place, rather than a name added by hand
 * in each of the dozen views that carry a code.
 */
@Injectable()
export class ReferenceNamesInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const locale = requestLocale(context.switchToHttp().getRequest<Request>());
    return next.handle().pipe(map((body) => withReferenceNames(body, locale)));
  }
}
