import { type NoticeText, OutboxTopic, notificationEmail } from '@linkage/contracts';
import { DEFAULT_LOCALE, type Locale, isLocale } from '@linkage/domain';
import { type EntityManager } from 'typeorm';
import { Notification } from '../entities/notification.entity.js';
import { OutboxEvent } from '../entities/outbox-event.entity.js';

export interface NotificationToSend {
  /** The person told; their saved language is read when `locale` is left out. */
  user: { id: string; email: string; locale?: Locale | null };
  kind: string;
  title: string;
  body: string;
  /**
   * The title and body in a given language: where given, the person reads the notice and its e-mail
   * in their saved language (English when they chose none); `title` and `body` are then the English.
   */
  localized?: (locale: Locale) => NoticeText;
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
  const locale = await recipientLocale(em, n.user);
  const { title, body } = n.localized?.(locale) ?? n;
  const inserted = await em
    .createQueryBuilder()
    .insert()
    .into(Notification)
    .values({
      userId: n.user.id,
      kind: n.kind,
      title,
      body,
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
      ...notificationEmail({ title, body, link: n.link }, locale),
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
  const people: Array<{ id: string; email: string; locale: Locale | null }> = await em.query(
    `SELECT u.id, u.email, u.locale FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1`,
    [organisationId],
  );
  let told = 0;
  for (const user of people)
    if (await notifyOnce(em, { ...n, user, dedupeKey: `${n.dedupeKey}:${user.id}` })) told++;
  return told;
}

/** The language a person reads what the exchange sends them in: the one they saved, else English. */
async function recipientLocale(em: EntityManager, user: NotificationToSend['user']): Promise<Locale> {
  if (user.locale !== undefined) return user.locale ?? DEFAULT_LOCALE;
  const [row] = await em.query<Array<{ locale: string | null }>>(`SELECT locale FROM users WHERE id = $1`, [
    user.id,
  ]);
  return isLocale(row?.locale) ? row.locale : DEFAULT_LOCALE;
}
