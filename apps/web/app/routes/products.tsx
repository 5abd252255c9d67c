import { type LoaderFunctionArgs } from '@remix-run/node';
import { publicApi } from '~/lib/api.server';
import { requestLocale } from '~/lib/i18n.server';

/**
 * The product picker's suggestions (a resource route its fetcher loads as someone types):
 * `?q=quinua&level=6`. Empty until two characters are typed; an API failure is an empty list, so
 * the field still takes a code typed by hand.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
  const level = url.searchParams.get('level') === '6' ? ('6' as const) : undefined;
  if (q.length < 2) return { items: [] };
  const locale = await requestLocale(request);
  const result = await publicApi(locale).searchProducts({
    q,
    locale,
    ...(level ? { level } : {}),
  });
  return { items: result.ok ? result.data.items : [] };
}
