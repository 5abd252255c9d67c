import { type ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import { type Request } from 'express';
import { DomainError, DomainErrorCode } from '../common/domain-error.js';
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
