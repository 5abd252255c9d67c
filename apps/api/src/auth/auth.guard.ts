import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Request } from 'express';
import { DomainError, DomainErrorCode } from '../common/domain-error.js';
import { PUBLIC_ROUTE } from './auth.decorators.js';
import { SessionsService } from './sessions.service.js';

/** Global guard: resolves the bearer token to a user; only @Public routes admit anonymous callers. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (token) request.user = await this.sessions.resolve(token, request.headers['accept-language']);
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!isPublic && !request.user) {
      throw new DomainError(
        DomainErrorCode.Unauthenticated,
        token ? 'Your session has expired; sign in again' : 'Sign in first',
      );
    }
    return true;
  }
}
