import type { CapacityEntryView } from '@linkage/contracts';
import { useParams, useRouteLoaderData } from '@remix-run/react';
import type { ReactNode } from 'react';
import { GonePanel } from '~/components/ui';
import type { loader as capacityLoader } from '~/routes/_app.organisations.$orgId.capacity';

export function capacityPath(orgId: string): string {
  return `/organisations/${orgId}/capacity`;
}

export function capacityEntryPath(orgId: string, entryId: string, step: 'edit' | 'delete'): string {
  return `${capacityPath(orgId)}/${entryId}/${step}`;
}

/**
 * A capacity line's step (edit, delete) in the capacity page's side panel. The line comes from the
 * page's loader, so a step costs no second API call; one removed meanwhile says so. The page shows
 * its own note instead of the panel to anyone who is not a member.
 */
export function CapacityEntryPanel({
  children,
}: {
  children: (entry: CapacityEntryView, memberName: string) => ReactNode;
}) {
  const page = useRouteLoaderData<typeof capacityLoader>('routes/_app.organisations.$orgId.capacity');
  if (!page) throw new Error('The capacity line routes render inside the capacity page.');
  const { orgId, entryId } = useParams();
  const { profile } = page;
  const entry = profile.capacityByProduct.flatMap((p) => p.entries).find((e) => e.id === entryId);
  if (!entry) return <GonePanel what="entry" back="Back to recording" to={capacityPath(orgId!)} />;
  const member = entry.memberId ? profile.members.find((m) => m.id === entry.memberId) : undefined;
  return <>{children(entry, entry.memberId ? (member?.enterprise.legalName ?? 'Member') : 'Group')}</>;
}
