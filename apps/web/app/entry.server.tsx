import { PassThrough } from 'node:stream';
import type { AppLoadContext, EntryContext } from '@remix-run/node';
import { createReadableStreamFromReadable } from '@remix-run/node';
import { RemixServer } from '@remix-run/react';
import { createInstance } from 'i18next';
import { isbot } from 'isbot';
import { renderToPipeableStream } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { i18nOptions, isLocale } from '~/lib/i18n';
import { requestLocale, resources } from '~/lib/i18n.server';
import { NonceContext } from '~/lib/nonce';

const ABORT_DELAY = 5_000;

/** The language the root loader chose for this page; detected again only when it did not run (an error before it). */
async function pageLocale(request: Request, remixContext: EntryContext) {
  const root = remixContext.staticHandlerContext.loaderData.root as { locale?: unknown } | undefined;
  return isLocale(root?.locale) ? root.locale : requestLocale(request);
}

/**
 * Remix's default Node entry, with two additions: the CSP nonce server.js made for this response is
 * given to every script Remix writes (bots get the whole page at once, browsers a stream), and the
 * page renders through an i18next instance of its own in the visitor's language (decision 0021).
 */
export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === 'string' ? loadContext.cspNonce : '';
  const i18n = createInstance();
  await i18n
    .use(initReactI18next)
    .init({ ...i18nOptions, lng: await pageLocale(request, remixContext), resources });
  const whole = isbot(request.headers.get('user-agent') ?? '') || remixContext.isSpaMode;
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const send = () => {
      shellRendered = true;
      const body = new PassThrough();
      responseHeaders.set('Content-Type', 'text/html');
      resolve(
        new Response(createReadableStreamFromReadable(body), {
          headers: responseHeaders,
          status: responseStatusCode,
        }),
      );
      pipe(body);
    };
    const { pipe, abort } = renderToPipeableStream(
      <I18nextProvider i18n={i18n}>
        <NonceContext.Provider value={nonce}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </NonceContext.Provider>
      </I18nextProvider>,
      {
        nonce,
        ...(whole ? { onAllReady: send } : { onShellReady: send }),
        onShellError: reject,
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors before the shell is sent reject and are logged by Remix; later ones only here.
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}
