import { OutboxTopic, notificationEmail } from '@linkage/contracts';
import { type EntityManager } from 'typeorm';
import { Notification } from '../entities/notification.entity.js';
import { OutboxEvent } from '../entities/outbox-event.entity.js';

export interface NotificationToSend {
  user: { id: string; email: string };
  kind: string;
  title: string;
  body: string;
  link: string;
  /** Unique per thing told and person: a second call with the same key tells nobody. */
  dedupeKey: string;
  /** Sent with the e-mail (a meeting's .ics invitation); the in-app notice links to the page instead. */
  attachments?: Array<{ filename: string; contentType: string; content: string }>;
}

/**
 * Tells one person something once, in the caller's transaction: an in-app notification (its unique
 * dedupe key makes "once" a database guarantee, across retries and concurrent calls) and, only when
 * that notification is new, an e-mail through the outbox. Returns whether the person was told now.
 */
export async function notifyOnce(em: EntityManager, n: NotificationToSend): Promise<boolean> {
  const inserted = await em
    .createQueryBuilder()
    .insert()
    .into(Notification)
    .values({
      userId: n.user.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link,
      readAt: null,
      dedupeKey: n.dedupeKey,
    })
    .orIgnore()
    .returning(['id'])
    .execute();
  if ((inserted.raw as unknown[]).length === 0) return false;
  await em.insert(OutboxEvent, {
    topic: OutboxTopic.EmailRequested,
    payload: {
      to: n.user.email,
      ...notificationEmail(n),
      ...(n.attachments?.length ? { attachments: n.attachments } : {}),
    },
  });
  return true;
}

/**
 * Tells every person of an organisation something once each (`dedupeKey` is suffixed with the
 * person), in the caller's transaction. Returns how many were told now.
 */
export async function notifyOrganisationOnce(
  em: EntityManager,
  organisationId: string,
  n: Omit<NotificationToSend, 'user'>,
): Promise<number> {
  const people: Array<{ id: string; email: string }> = await em.query(
    `SELECT u.id, u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1`,
    [organisationId],
  );
  let told = 0;
  for (const user of people)
    if (await notifyOnce(em, { ...n, user, dedupeKey: `${n.dedupeKey}:${user.id}` })) told++;
  return told;
}
