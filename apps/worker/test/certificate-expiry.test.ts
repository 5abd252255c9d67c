import { randomUUID } from 'node:crypto';
import { type INestApplicationContext } from '@nestjs/common';
import { addDays } from '@linkage/domain';
import { type DataSource } from 'typeorm';
import { ExpiringCertificatesService } from '../src/certificates/expiring-certificates.service.js';
import { startWorkerContext } from './support.js';

let ctx: INestApplicationContext;
let ds: DataSource;

beforeAll(async () => {
  ({ ctx, dataSource: ds } = await startWorkerContext());
});
afterAll(() => ctx.close());

const TODAY = '2031-03-01';

async function scenario() {
  const [group] = await ds.query(
    `INSERT INTO organisations (kind, legal_name, country) VALUES ('PRODUCER_GROUP', $1, 'MA') RETURNING id`,
    [`Group ${randomUUID().slice(0, 6)}`],
  );
  const [enterprise] = await ds.query(
    `INSERT INTO organisations (kind, legal_name, country) VALUES ('ENTERPRISE', 'Coop A', 'MA') RETURNING id`,
  );
  const [member] = await ds.query(
    `INSERT INTO group_members (group_id, member_organisation_id, status) VALUES ($1, $2, 'ACTIVE') RETURNING id`,
    [group.id, enterprise.id],
  );
  const users = [];
  for (const [org, role] of [
    [group.id, 'OWNER'],
    [group.id, 'MEMBER'],
    [enterprise.id, 'OWNER'],
  ] as const) {
    const [u] = await ds.query(
      `INSERT INTO users (email, name, password_hash) VALUES ($1, 'U', 'x') RETURNING id, email`,
      [`u-${randomUUID().slice(0, 8)}@example.test`],
    );
    await ds.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, $3)`, [
      u.id,
      org,
      role,
    ]);
    users.push(u);
  }
  const cert = async (validUntil: string, memberId: string | null = null) =>
    (
      await ds.query(
        `INSERT INTO certifications (organisation_id, member_id, standard_id, valid_until)
         VALUES ($1, $2, (SELECT id FROM standards WHERE code = 'ISO_9001'), $3) RETURNING id`,
        [group.id, memberId, validUntil],
      )
    )[0].id as string;
  return { group, member, users, cert };
}

const notificationsFor = (certId: string) =>
  ds.query(`SELECT user_id FROM notifications WHERE dedupe_key LIKE $1`, [`%:${certId}:%`]);

describe('certificate expiry scan', () => {
  it('notifies the owning organisation once per person for a certificate entering the 60-day window', async () => {
    const { users, cert, member } = await scenario();
    const groupCert = await cert(addDays(TODAY, 60));
    const memberCert = await cert(addDays(TODAY, 10), member.id);
    const later = await cert(addDays(TODAY, 61));
    const expired = await cert(addDays(TODAY, -1));
    const scanner = ctx.get(ExpiringCertificatesService);

    await scanner.scan(TODAY);
    expect(await notificationsFor(groupCert)).toHaveLength(2);
    // A member's certificate also reaches the member enterprise's own people.
    expect(await notificationsFor(memberCert)).toHaveLength(3);
    expect(await notificationsFor(later)).toHaveLength(0);
    expect(await notificationsFor(expired)).toHaveLength(0);
    const mails = await ds.query(
      `SELECT count(*)::int AS n FROM outbox_events WHERE topic = 'email.requested' AND payload->>'to' = $1`,
      [users[0]!.email],
    );
    expect(mails[0].n).toBe(2);

    // Running again (concurrently, or as a retried job) notifies nobody twice.
    await Promise.all([scanner.scan(TODAY), scanner.scan(TODAY)]);
    expect(await notificationsFor(groupCert)).toHaveLength(2);
    expect(await notificationsFor(memberCert)).toHaveLength(3);
    const mailsAfter = await ds.query(
      `SELECT count(*)::int AS n FROM outbox_events WHERE topic = 'email.requested' AND payload->>'to' = $1`,
      [users[0]!.email],
    );
    expect(mailsAfter[0].n).toBe(2);

    // The certificate 61 days out enters the window a day later.
    await scanner.scan(addDays(TODAY, 1));
    expect(await notificationsFor(later)).toHaveLength(2);
  });

  it('writes each person’s notice and e-mail in the language they saved', async () => {
    const { users, cert } = await scenario();
    await ds.query(`UPDATE users SET locale = 'fr' WHERE id = $1`, [users[0]!.id]);
    const certificate = await cert(addDays(TODAY, 30));
    await ctx.get(ExpiringCertificatesService).scan(TODAY);

    const mailTo = async (email: string) =>
      (
        await ds.query(
          `SELECT payload FROM outbox_events WHERE topic = 'email.requested' AND payload->>'to' = $1
            ORDER BY created_at DESC LIMIT 1`,
          [email],
        )
      )[0].payload as { subject: string; text: string };
    const french = await mailTo(users[0]!.email);
    expect(french.subject).toMatch(/^Le certificat .+ expire le \d{1,2} \S+ \d{4}$/);
    expect(french.text).toContain('Programmez dès maintenant l’audit de renouvellement');
    expect(french.text).toContain('Linkage Exchange : ');
    const english = await mailTo(users[1]!.email);
    expect(english.subject).toMatch(/certificate of .+ expires on [A-Z][a-z]+ \d{1,2}, \d{4}$/);
    const [notice] = await ds.query(
      `SELECT n.title FROM notifications n WHERE n.user_id = $1 AND n.dedupe_key LIKE $2`,
      [users[0]!.id, `%${certificate}%`],
    );
    expect(notice.title).toBe(french.subject);
  });
});
