import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { type SendEmailPayload } from '@linkage/contracts';
import { createTransport } from 'nodemailer';
import { type WorkerEnv } from '../config/env.js';

/**
 * Sends notification e-mail through nodemailer. With `SMTP_URL` set (production) it goes to that
 * server; without it (development, tests) nodemailer composes the full MIME message and it is
 * written to MAIL_DIR as an .eml file a developer can open.
 *
 * "Once" on retry: each message's Message-ID is derived from its outbox id, so a receiving server
 * or a reader can tell a resend; the .eml file is written only if absent, so a retried job never
 * writes twice.
 */
@Injectable()
export class MailerService implements OnModuleDestroy {
  private readonly from: string;
  private readonly smtp;
  private readonly composer = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

  constructor(private readonly config: ConfigService<WorkerEnv, true>) {
    this.from = config.get('MAIL_FROM', { infer: true });
    const url = config.get('SMTP_URL', { infer: true });
    this.smtp = url ? createTransport(url) : undefined;
  }

  async send(mail: SendEmailPayload): Promise<{ path?: string; messageId: string; sent: boolean }> {
    const message = {
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: `<${mail.outboxId}@linkage.exchange>`,
      // Carried in the outbox row as written when the thing happened (a meeting invitation at its sequence).
      attachments: mail.attachments?.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: a.content,
      })),
    };
    if (this.smtp) {
      const info = await this.smtp.sendMail(message);
      return { messageId: info.messageId, sent: true };
    }
    const dir = resolve(this.config.get('MAIL_DIR', { infer: true }));
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${mail.outboxId}.eml`);
    const composed = await this.composer.sendMail(message);
    try {
      await writeFile(path, composed.message as Buffer, { flag: 'wx' });
      return { path, messageId: composed.messageId, sent: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        return { path, messageId: composed.messageId, sent: false };
      throw error;
    }
  }

  onModuleDestroy() {
    this.smtp?.close();
  }
}
