import { type ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { type Locale } from '@linkage/domain';
import { DomainError, DomainErrorCode } from '../common/domain-error.js';
import { requestLocale } from '../common/request-locale.js';
import { type AuthenticatedUser } from './authenticated-user.js';

export const PUBLIC_ROUTE = 'linkage:public-route';

/** The route answers anonymous callers too; a valid token still identifies the caller. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The signed-in caller; only on routes that are not @Public. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthenticatedUser => {
  const user = ctx.switchToHttp().getRequest<Request>().user;
  if (!user) throw new DomainError(DomainErrorCode.Unauthenticated, 'Sign in first');
  return user;
});

/** The caller if signed in, else undefined; for @Public routes whose answer depends on who asks. */
export const OptionalUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthenticatedUser | undefined =>
    ctx.switchToHttp().getRequest<Request>().user,
);

/**
 * The reader's language for texts the API renders: the request's Accept-Language when it names one
 * of ours (the portal sends its current language), else the caller's saved choice, else English.
 * The answer says which (Content-Language) and that it varies with the header, for caches.
 */
export const ReaderLocale = createParamDecorator((_: unknown, ctx: ExecutionContext): Locale => {
  const http = ctx.switchToHttp();
  const request = http.getRequest<Request>();
  const locale = requestLocale(request);
  const response = http.getResponse<Response>();
  response.setHeader('Content-Language', locale);
  response.vary('Accept-Language');
  return locale;
});
