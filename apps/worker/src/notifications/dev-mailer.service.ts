import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { type SendEmailPayload } from '@linkage/contracts';
import { type WorkerEnv } from '../config/env.js';

/**
 * Delivers e-mail by writing it to MAIL_DIR as an .eml file a developer can open. The file is named
 * by its outbox id and written only if absent, so a retried job never sends twice.
 */
@Injectable()
export class DevMailerService {
  constructor(private readonly config: ConfigService<WorkerEnv, true>) {}

  async send(mail: SendEmailPayload): Promise<{ path: string; sent: boolean }> {
    const dir = resolve(this.config.get('MAIL_DIR', { infer: true }));
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${mail.outboxId}.eml`);
    const message = [
      `To: ${mail.to}`,
      `Subject: ${mail.subject}`,
      `Date: ${new Date().toUTCString()}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      mail.text,
    ].join('\r\n');
    try {
      await writeFile(path, message, { flag: 'wx' });
      return { path, sent: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { path, sent: false };
      throw error;
    }
  }
}
