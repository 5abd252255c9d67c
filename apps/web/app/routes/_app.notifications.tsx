import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { Form } from '~/components/form';
import { EmptyState } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { formatDateTime } from '~/lib/format';
import { orThrow } from '~/lib/results.server';
import { redirectWithNotice, safeRedirectTo } from '~/lib/session.server';

export const meta: MetaFunction = () => [{ title: 'Notifications — Linkage Exchange' }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  return orThrow(request, await api.notifications());
}

export async function action({ request }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const form = await request.formData();
  if (form.get('intent') === 'read-all') {
    const result = await api.markAllNotificationsRead();
    if (!result.ok) throw new Response(result.error.message, { status: result.status });
    return redirectWithNotice(request, '/notifications', `Marked ${result.data.marked} as read.`);
  }
  const id = String(form.get('id') ?? '');
  const result = await api.markNotificationRead(id);
  if (!result.ok) throw new Response(result.error.message, { status: result.status === 404 ? 404 : 400 });
  // "Open" marks it read and goes where it points; "Mark read" stays here.
  const go = form.get('go');
  return go ? redirectWithNotice(request, safeRedirectTo(String(go), '/notifications'), result.data.title) : redirectWithNotice(request, '/notifications', 'Marked as read.');
}

export default function Notifications() {
  const { items, unreadCount } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-header section-heading">
        <div>
          <h1>Notifications</h1>
          <p className="muted">{unreadCount ? `${unreadCount} unread` : 'All read'}</p>
        </div>
        {unreadCount ? (
          <Form method="post">
            <input type="hidden" name="intent" value="read-all" />
            <button type="submit" className="button button--small">
              Mark all as read
            </button>
          </Form>
        ) : null}
      </div>
      {items.length === 0 ? (
        <EmptyState title="Nothing yet" icon="◔">
          <p>Certificates about to expire, new matches and offers will be announced here.</p>
        </EmptyState>
      ) : (
        <ul className="notification-list">
          {items.map((n) => (
            <li key={n.id} className={`notification${n.readAt ? '' : ' notification--unread'}`}>
              <div>
                <p className="notification__title">
                  {n.readAt ? null : <span className="unread-dot" aria-label="Unread" />}
                  {n.title}
                </p>
                <p className="notification__body">{n.body}</p>
                <p className="muted small">{formatDateTime(n.createdAt)}</p>
              </div>
              <div className="notification__actions">
                {n.link ? (
                  n.readAt ? (
                    <Link to={n.link} className="button button--small">
                      Open
                    </Link>
                  ) : (
                    <Form method="post">
                      <input type="hidden" name="id" value={n.id} />
                      <input type="hidden" name="go" value={n.link} />
                      <button type="submit" className="button button--small button--primary">
                        Open
                      </button>
                    </Form>
                  )
                ) : null}
                {n.readAt ? null : (
                  <Form method="post">
                    <input type="hidden" name="id" value={n.id} />
                    <button type="submit" className="button button--small">
                      Mark read
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
