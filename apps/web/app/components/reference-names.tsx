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

/**
 * A standard as chips and lists show it: its name in the reader's language with the registry code
 * as a hint, "Agriculture biologique (UE) · ORGANIC_EU"; the code alone when the name is missing.
 */
export function StandardName({ code, name }: { code: string; name?: string | null }) {
  if (!name || name === code) return <>{code}</>;
  return (
    <>
      {name} <span className="muted small">· {code}</span>
    </>
  );
}
