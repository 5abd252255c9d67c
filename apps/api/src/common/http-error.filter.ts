import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { type ApiErrorBody } from '@linkage/contracts';
import {
  GroupMemberTransitionError,
  IncompatibleUnitsError,
  DealError,
  IntroductionError,
  LinkageTransitionError,
  MatchInvitationError,
  NeedTransitionError,
} from '@linkage/domain';
import { InvalidSearchQueryError } from '@linkage/search';
import { type Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DomainError, DomainErrorCode } from './domain-error.js';

const STATUS_BY_CODE: Record<DomainErrorCode, number> = {
  NOT_FOUND: HttpStatus.NOT_FOUND,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  INVALID_CREDENTIALS: HttpStatus.UNAUTHORIZED,
  EMAIL_TAKEN: HttpStatus.CONFLICT,
  ALREADY_MEMBER: HttpStatus.CONFLICT,
  INVITATION_UNUSABLE: HttpStatus.GONE,
  WRONG_ORGANISATION_KIND: HttpStatus.UNPROCESSABLE_ENTITY,
  CONFLICT: HttpStatus.CONFLICT,
  INVALID_INPUT: HttpStatus.BAD_REQUEST,
  STALE_VERSION: HttpStatus.CONFLICT,
  PAYLOAD_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
  UNSUPPORTED_MEDIA_TYPE: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  IMPORT_REJECTED: HttpStatus.UNPROCESSABLE_ENTITY,
  UNPROCESSABLE: HttpStatus.UNPROCESSABLE_ENTITY,
  TOO_MANY_REQUESTS: HttpStatus.TOO_MANY_REQUESTS,
};

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

const errorBody = (
  statusCode: number,
  message: string,
  code: string,
  fields?: Record<string, string>,
): ApiErrorBody => ({
  statusCode,
  error: REASON[statusCode] ?? 'Error',
  message,
  code,
  fields,
});

/** The one place where errors become HTTP responses, all shaped as ApiErrorBody. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (exception instanceof DomainError && exception.timing) {
      response.setHeader('Retry-After', String(exception.timing.retryAfterSeconds));
    }
    if (body.statusCode >= 500) this.logger.error(exception);
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof DomainError) {
      return errorBody(STATUS_BY_CODE[exception.code], exception.message, exception.code, exception.fields);
    }
    if (exception instanceof IncompatibleUnitsError) {
      return errorBody(422, exception.message, 'INCOMPATIBLE_UNITS', { unit: exception.message });
    }
    if (
      exception instanceof NeedTransitionError ||
      exception instanceof GroupMemberTransitionError ||
      exception instanceof LinkageTransitionError
    ) {
      return errorBody(409, exception.message, 'INVALID_TRANSITION', { status: exception.message });
    }
    if (exception instanceof MatchInvitationError) {
      return exception.reason === 'NOT_A_MATCH'
        ? errorBody(422, exception.message, DomainErrorCode.InvalidInput, { supplierId: exception.message })
        : errorBody(409, exception.message, 'INVALID_TRANSITION', { status: exception.message });
    }
    if (exception instanceof DealError) {
      return exception.reason === 'AWARD_EXCEEDS_OFFER'
        ? errorBody(422, exception.message, DomainErrorCode.Unprocessable, { quantity: exception.message })
        : errorBody(409, exception.message, exception.reason, { status: exception.message });
    }
    if (exception instanceof IntroductionError) {
      return exception.reason === 'NOT_A_PARTY'
        ? errorBody(400, exception.message, DomainErrorCode.InvalidInput, { groupId: exception.message })
        : errorBody(409, exception.message, exception.reason, { status: exception.message });
    }
    // Includes UnknownFacetError, whose `fields` name the facet.
    if (exception instanceof InvalidSearchQueryError) {
      return errorBody(400, exception.message, DomainErrorCode.InvalidInput, { ...exception.fields });
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const res = exception.getResponse();
      const message =
        typeof res === 'string' ? res : String((res as { message?: unknown }).message ?? exception.message);
      return { statusCode, error: REASON[statusCode] ?? exception.name, message };
    }
    // body-parser reports malformed JSON and oversized bodies with a status of its own.
    const status = (exception as { status?: number; type?: string }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const type = (exception as { type?: string }).type;
      const message =
        type === 'entity.parse.failed' ? 'The request body is not valid JSON' : (exception as Error).message;
      return {
        statusCode: status,
        error: REASON[status] ?? 'Bad Request',
        message,
        fields: type === 'entity.parse.failed' ? { _: message } : undefined,
      };
    }
    // A value PostgreSQL cannot take (class 22, "data exception": out of range, bad encoding, a
    // date it cannot represent) is the request's fault, not ours. Schemas should have caught it;
    // this keeps a gap in them a 400 rather than a 500, and the log says which schema to tighten.
    if (exception instanceof QueryFailedError) {
      const driverError = exception.driverError as { code?: string; column?: string };
      if (driverError.code?.startsWith('22')) {
        this.logger.warn(`input reached PostgreSQL unchecked (${driverError.code}): ${exception.message}`);
        const message = 'A value in the request is out of range or not valid text';
        return errorBody(400, message, DomainErrorCode.InvalidInput, { [driverError.column ?? '_']: message });
      }
    }
    return {
      statusCode: 500,
      error: REASON[500]!,
      message: 'Something went wrong on our side; it has been logged.',
    };
  }
}
