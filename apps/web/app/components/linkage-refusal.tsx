/** What the API refused on the linkage's page, above its forms; nothing when all went well. */
export function Refusal({ error }: { error?: string | null }) {
  if (!error) return null;
  return (
    <div className="form-errors" role="alert">
      {error}
    </div>
  );
}
