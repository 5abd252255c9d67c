import { Form as RemixForm, type FormProps, useRouteLoaderData } from '@remix-run/react';
import { forwardRef } from 'react';
import type { loader as rootLoader } from '~/root';

/** The session's form token as a hidden field; nothing for a visitor who is not signed in. */
export function CsrfField() {
  const token = useRouteLoaderData<typeof rootLoader>('root')?.csrf;
  return token ? <input type="hidden" name="csrf" value={token} /> : null;
}

/**
 * Remix's Form, carrying the session's form token whenever it changes something (every method but
 * GET), so each action can tell the post came from one of our pages (lib/csrf.server.ts).
 */
export const Form = forwardRef<HTMLFormElement, FormProps>(function Form({ children, ...props }, ref) {
  const changes = (props.method ?? 'get').toLowerCase() !== 'get';
  return (
    <RemixForm ref={ref} {...props}>
      {changes ? <CsrfField /> : null}
      {children}
    </RemixForm>
  );
});
