import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type NotificationListView, type NotificationView } from '@linkage/contracts';
import { Notification } from '@linkage/db';
import { IsNull, Repository } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { notFound } from '../common/domain-error.js';

const LIST_LIMIT = 100;

const toView = (n: Notification): NotificationView => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link,
  readAt: n.readAt?.toISOString() ?? null,
  createdAt: n.createdAt.toISOString(),
});

/** The signed-in user's in-app notifications; nobody reads or marks anyone else's. */
@Injectable()
export class NotificationsService {
  constructor(@InjectRepository(Notification) private readonly notifications: Repository<Notification>) {}

  async list(user: AuthenticatedUser, unreadOnly: boolean): Promise<NotificationListView> {
    const [rows, unreadCount] = await Promise.all([
      this.notifications.find({
        where: unreadOnly ? { userId: user.id, readAt: IsNull() } : { userId: user.id },
        order: { createdAt: 'DESC' },
        take: LIST_LIMIT,
      }),
      this.notifications.countBy({ userId: user.id, readAt: IsNull() }),
    ]);
    return { unreadCount, items: rows.map(toView) };
  }

  async markRead(user: AuthenticatedUser, id: string): Promise<NotificationView> {
    const n = await this.notifications.findOneBy({ id, userId: user.id });
    if (!n) throw notFound('Notification');
    if (!n.readAt) {
      n.readAt = new Date();
      await this.notifications.save(n);
    }
    return toView(n);
  }

  async markAllRead(user: AuthenticatedUser): Promise<{ marked: number }> {
    const result = await this.notifications.update(
      { userId: user.id, readAt: IsNull() },
      { readAt: new Date() },
    );
    return { marked: result.affected ?? 0 };
  }
}
