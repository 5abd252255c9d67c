import { randomUUID } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type INestApplicationContext } from '@nestjs/common';
import { SendEmailJob } from '@linkage/contracts';
import { type Job } from 'bullmq';
import { NotificationsProcessor } from '../src/notifications/notifications.processor.js';
import { startWorkerContext } from './support.js';

/**
 * E-mail goes out through nodemailer once per outbox event, even when BullMQ runs the job again (a
 * worker that crashed after sending, a retry after a timeout): the message carries the outbox id as
 * its Message-ID and the development transport writes its file only if absent.
 */
let ctx: INestApplicationContext;

beforeAll(async () => {
  ({ ctx } = await startWorkerContext());
});
afterAll(() => ctx.close());

const job = (data: unknown) => ({ id: 'test', name: SendEmailJob.name, data }) as unknown as Job;

describe('notification e-mail', () => {
  it('sends a retried job once, as a complete MIME message', async () => {
    const processor = ctx.get(NotificationsProcessor);
    const outboxId = randomUUID();
    const data = {
      outboxId,
      to: 'coordinator@example.test',
      subject: 'Awarded: Dried aromatic herbs',
      text: 'The buyer awards your group 3 t per month.',
    };
    const first = await processor.process(job(data));
    const again = await processor.process(job(data));
    expect(first).toMatchObject({ sent: true, messageId: `<${outboxId}@linkage.exchange>` });
    expect(again).toMatchObject({ sent: false });

    const dir = process.env.MAIL_DIR!;
    const files = (await readdir(dir)).filter((f) => f.startsWith(outboxId));
    expect(files).toEqual([`${outboxId}.eml`]);
    const mime = await readFile(join(dir, files[0]!), 'utf8');
    expect(mime).toMatch(/^From: Linkage Exchange <no-reply@linkage\.exchange>\r$/m);
    expect(mime).toMatch(/^To: coordinator@example\.test\r$/m);
    expect(mime).toMatch(/^Subject: Awarded: Dried aromatic herbs\r$/m);
    expect(mime).toContain('The buyer awards your group 3 t per month.');
  });

  it('sends the attachments the outbox row carries, such as a meeting invitation', async () => {
    const processor = ctx.get(NotificationsProcessor);
    const outboxId = randomUUID();
    const ics = 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nUID:introduction-x@linkage.exchange\r\nEND:VCALENDAR\r\n';
    await processor.process(
      job({
        outboxId,
        to: 'buyer@example.test',
        subject: 'Meeting arranged',
        text: 'The introduction meeting is on Tuesday.',
        attachments: [{ filename: 'meeting.ics', contentType: 'text/calendar; method=REQUEST', content: ics }],
      }),
    );
    const mime = await readFile(join(process.env.MAIL_DIR!, `${outboxId}.eml`), 'utf8');
    expect(mime).toMatch(/^Content-Type: text\/calendar; method=REQUEST; name=meeting\.ics\r$/m);
    expect(mime).toMatch(/^Content-Disposition: attachment; filename=meeting\.ics\r$/m);
    expect(mime).toContain('The introduction meeting is on Tuesday.');
  });

  it('refuses a malformed job for good instead of retrying it', async () => {
    const processor = ctx.get(NotificationsProcessor);
    await expect(processor.process(job({ outboxId: 'nope', to: 'x' }))).rejects.toThrow(
      /Malformed send-email payload/,
    );
  });
});
