import type { LoaderFunctionArgs } from '@remix-run/node';

/** Any unknown address: a 404 the root error boundary renders. */
export function loader(_args: LoaderFunctionArgs) {
  throw new Response('The page you asked for does not exist or was moved.', { status: 404, statusText: 'Not Found' });
}

export default function NotFound() {
  return null;
}
