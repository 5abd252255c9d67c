import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { type Observable, catchError, throwError } from 'rxjs';
import { type ApiEnv } from '../config/env.js';
import { DomainError, DomainErrorCode } from './domain-error.js';

/** The form field every upload route reads its file from. */
export const UPLOAD_FIELD = 'file';

/** What multer's memory storage hands a route (multer's own types are not a dependency). */
export interface UploadedFileData {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/**
 * Turns multer's errors into API errors that name the `file` field: an oversized file is a 413 with
 * the limit in words, an unexpected field a 400. Listed before FileInterceptor so it wraps it.
 */
@Injectable()
export class UploadErrorsInterceptor implements NestInterceptor {
  constructor(private readonly config: ConfigService<ApiEnv, true>) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof PayloadTooLargeException) {
          const mb = this.config.get('UPLOAD_MAX_BYTES', { infer: true }) / (1024 * 1024);
          const message = `The file is larger than the ${Number(mb.toFixed(1))} MB limit`;
          return throwError(
            () => new DomainError(DomainErrorCode.PayloadTooLarge, message, { [UPLOAD_FIELD]: message }),
          );
        }
        if (error instanceof BadRequestException) {
          const message = `Send the file as multipart/form-data in the field "${UPLOAD_FIELD}"`;
          return throwError(
            () => new DomainError(DomainErrorCode.InvalidInput, message, { [UPLOAD_FIELD]: message }),
          );
        }
        return throwError(() => error);
      }),
    );
  }
}

/** The uploaded file, or a 400 naming the field when none was sent. */
export function requireFile(file: UploadedFileData | undefined): UploadedFileData {
  if (!file || file.size === 0) {
    const message = 'Attach a file';
    throw new DomainError(DomainErrorCode.InvalidInput, message, { [UPLOAD_FIELD]: message });
  }
  return file;
}
