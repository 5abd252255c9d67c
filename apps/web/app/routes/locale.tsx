import { type ActionFunctionArgs, redirect } from '@remix-run/node';
import { userApi } from '~/lib/api.server';
import { assertCsrf } from '~/lib/csrf.server';
import { isLocale } from '~/lib/i18n';
import { serverT } from '~/lib/i18n.server';
import { localeCookie } from '~/lib/locale-detection.server';
import { getSession, safeRedirectTo } from '~/lib/session.server';

/**
 * The language switcher's target (components/language-switcher.tsx): remembers the choice in the
 * `lng` cookie, saves it as the signed-in person's preference so e-mails and other devices follow,
 * and goes back to the page the person was on.
 */
export async function action({ request }: ActionFunctionArgs) {
  const token = (await getSession(request)).get('token');
  // Checked before the body is read: the check reads a copy of it.
  if (token) await assertCsrf(request, token);
  const form = await request.formData();
  const locale = form.get('locale');
  if (!isLocale(locale)) {
    const t = await serverT(request);
    throw new Response(t('language.unknown'), { status: 400, statusText: 'locale: unknown language' });
  }
  if (token) {
    // The cookie carries the choice on this browser even if the preference cannot be saved now.
    const saved = await userApi(token, locale).saveLocale(locale);
    if (!saved.ok) console.warn(`saving the language preference failed: ${saved.status}`);
  }
  return redirect(safeRedirectTo(form.get('redirectTo'), '/'), {
    headers: { 'Set-Cookie': await localeCookie.serialize(locale) },
  });
}

/** Opened by address: nothing to show, back to the start. */
export function loader() {
  return redirect('/');
}
