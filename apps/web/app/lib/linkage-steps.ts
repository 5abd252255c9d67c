/** The linkage's page, or one of the routes under it that records its orders, deliveries and terms. */
export function linkagePath(linkageId: string, step?: 'orders' | 'deliveries' | 'details'): string {
  return `/linkages/${linkageId}${step ? `/${step}` : ''}`;
}

/** An API refusal as one line for the page's banner: the fields' messages, or the refusal's own. */
export function refusal(result: { ok: false; error: { message: string; fields?: Record<string, string> } }) {
  return { error: Object.values(result.error.fields ?? {}).join(' ') || result.error.message };
}
