/**
 * The portal's HTTP server (production and the browser tests): Remix's request handler behind the
 * protections a browser-facing server owes its users, in one place:
 * - security headers (helmet): a Content-Security-Policy whose scripts need this response's nonce,
 *   frame-ancestors 'none' (no framing of our forms), Referrer-Policy, nosniff; no X-Powered-By;
 * - cross-site form posts refused before any action runs: a state-changing request must come from a
 *   page of this site (Origin, else Sec-Fetch-Site), data requests (`?_data`) included; the
 *   per-session token then checks it came from one of our forms (app/lib/csrf.server.ts);
 * - the visitor's address passed on in X-Forwarded-For, set here (never taken from the visitor),
 *   so the API's per-address limits count visitors, not the portal.
 */
import { randomBytes } from 'node:crypto';
import { createRequestHandler } from '@remix-run/express';
import compression from 'compression';
import express from 'express';
import helmet from 'helmet';

const build = await import('./build/server/index.js');
const port = Number(process.env.PORT ?? 3000);
const ownOrigins = new Set([process.env.WEB_URL && new URL(process.env.WEB_URL).origin].filter(Boolean));
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const app = express();
app.disable('x-powered-by');
// A reverse proxy on this machine may say who the visitor is; nobody else may.
app.set('trust proxy', 'loopback');
app.use(compression());

app.use((req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString('base64');
  next();
});
app.use(
  helmet({
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", (_req, res) => `'nonce-${res.locals.cspNonce}'`],
        // Inline style attributes (bar widths, chart colours) are ours; no inline <style> from users.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  }),
);

/** Whether a state-changing request was sent by a page of this site. */
function fromThisSite(req) {
  const origin = req.get('origin');
  if (origin && origin !== 'null')
    return origin === `${req.protocol}://${req.get('host')}` || ownOrigins.has(origin);
  const site = req.get('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none';
  // Neither header: not a current browser (curl, a test client); the session token still applies.
  return true;
}

app.use((req, res, next) => {
  if (SAFE_METHODS.has(req.method) || fromThisSite(req)) return next();
  res
    .status(403)
    .type('html')
    .send(
      '<!doctype html><html lang="en"><meta charset="utf-8"><title>Refused — Linkage Exchange</title>' +
        '<main style="font-family:system-ui;max-width:36rem;margin:4rem auto;padding:0 1rem">' +
        '<h1>This form was sent from another site</h1><p>Nothing was changed. If you meant to do this, ' +
        'open <a href="/dashboard">Linkage Exchange</a> and do it again from there.</p></main></html>',
    );
});

app.use((req, _res, next) => {
  req.headers['x-forwarded-for'] = req.ip ?? '';
  next();
});

app.use(build.publicPath, express.static(build.assetsBuildDirectory, { immutable: true, maxAge: '1y' }));
app.use(express.static('build/client', { maxAge: '1h' }));
app.all(
  '*',
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV,
    getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce }),
  }),
);

const server = app.listen(port, () => console.log(`portal listening on http://localhost:${port}`));
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => server.close());
