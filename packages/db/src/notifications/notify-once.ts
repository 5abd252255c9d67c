import { OutboxTopic } from '@linkage/contracts';
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
    payload: { to: n.user.email, subject: n.title, text: `${n.body}\n\n${n.link}\n` },
  });
  return true;
}
