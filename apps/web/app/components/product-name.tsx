import { formatHsCode } from '@linkage/domain';

/**
 * A product as lists show it: its name in the reader's language, the code as a hint —
 * "Quinoa (HS 1008.50)". The API names every code it returns; a missing name shows the code alone.
 */
export function ProductName({ code, name }: { code: string; name?: string | null }) {
  if (!name) {
    return (
      <>
        HS <code>{formatHsCode(code)}</code>
      </>
    );
  }
  return (
    <>
      {name}{' '}
      <span className="muted small">
        (HS <code>{formatHsCode(code)}</code>)
      </span>
    </>
  );
}
