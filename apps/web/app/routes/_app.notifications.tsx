import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { Form } from '~/components/form';
import { EmptyState } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { i18nServer } from '~/lib/i18n.server';
import { metaT, pageTitle } from '~/lib/i18n-meta';
import { orThrow } from '~/lib/results.server';
import { redirectWithNotice, safeRedirectTo } from '~/lib/session.server';
import { useFormat } from '~/lib/use-format';

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, metaT(matches)('nav.notifications'))];

export async function loader({ request }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  return orThrow(request, await api.notifications());
}

export async function action({ request }: ActionFunctionArgs) {
  const { api, locale } = await requireUser(request);
  const t = await i18nServer.getFixedT(locale);
  const form = await request.formData();
  if (form.get('intent') === 'read-all') {
    const result = await api.markAllNotificationsRead();
    if (!result.ok) throw new Response(result.error.message, { status: result.status });
    return redirectWithNotice(
      request,
      '/notifications',
      t('notifications.markedAll', { count: result.data.marked }),
    );
  }
  const id = String(form.get('id') ?? '');
  const result = await api.markNotificationRead(id);
  if (!result.ok) throw new Response(result.error.message, { status: result.status === 404 ? 404 : 400 });
  // "Open" marks it read and goes where it points; "Mark read" stays here.
  const go = form.get('go');
  return go
    ? redirectWithNotice(request, safeRedirectTo(String(go), '/notifications'), result.data.title)
    : redirectWithNotice(request, '/notifications', t('notifications.marked'));
}

export default function Notifications() {
  const { items, unreadCount } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <div className="page-header section-heading">
        <div>
          <h1>{t('nav.notifications')}</h1>
          <p className="muted">
            {unreadCount ? t('notifications.unread', { count: unreadCount }) : t('notifications.allRead')}
          </p>
        </div>
        {unreadCount ? (
          <Form method="post">
            <input type="hidden" name="intent" value="read-all" />
            <button type="submit" className="button button--small">
              {t('notifications.markAll')}
            </button>
          </Form>
        ) : null}
      </div>
      {items.length === 0 ? (
        <EmptyState title={t('notifications.empty.title')} icon="◔">
          <p>{t('notifications.empty.text')}</p>
        </EmptyState>
      ) : (
        <ul className="notification-list">
          {items.map((n) => (
            <li key={n.id} className={`notification${n.readAt ? '' : ' notification--unread'}`}>
              <div>
                <p className="notification__title">
                  {n.readAt ? null : (
                    <span className="unread-dot" aria-label={t('notifications.unreadOne')} />
                  )}
                  {n.title}
                </p>
                <p className="notification__body">{n.body}</p>
                <p className="muted small">{format.dateTime(n.createdAt)}</p>
              </div>
              <div className="notification__actions">
                {n.link ? (
                  n.readAt ? (
                    <Link to={n.link} className="button button--small">
                      {t('notifications.open')}
                    </Link>
                  ) : (
                    <Form method="post">
                      <input type="hidden" name="id" value={n.id} />
                      <input type="hidden" name="go" value={n.link} />
                      <button type="submit" className="button button--small button--primary">
                        {t('notifications.open')}
                      </button>
                    </Form>
                  )
                ) : null}
                {n.readAt ? null : (
                  <Form method="post">
                    <input type="hidden" name="id" value={n.id} />
                    <button type="submit" className="button button--small">
                      {t('notifications.markRead')}
                    </button>
                  </Form>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
