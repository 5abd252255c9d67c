import type { ActionFunctionArgs } from '@remix-run/node';
import { useActionData, useParams } from '@remix-run/react';
import { CapacityEntryPanel, capacityEntryPath, capacityPath } from '~/components/capacity-panels';
import { ConfirmStep } from '~/components/confirm-delete';
import { requireUser } from '~/lib/auth.server';
import { redirectWithNotice } from '~/lib/session.server';

/**
 * One intent: remove a capacity line, once confirmed here. The version it was confirmed at goes
 * with it, so a line a colleague changed meanwhile is not removed unseen: the page re-reads it and
 * asks again.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const version = Number((await request.formData()).get('version'));
  const result = await api.deleteCapacityEntry(params.orgId!, params.entryId!, version);
  if (!result.ok) {
    return {
      error:
        result.status === 409
          ? 'Someone else changed this line after you opened it, so it was not removed. Check it below and confirm again.'
          : result.error.message,
    };
  }
  return redirectWithNotice(request, capacityPath(params.orgId!), 'Capacity line removed.');
}

export default function DeleteCapacityEntry() {
  const data = useActionData<typeof action>();
  const { orgId } = useParams();
  return (
    <CapacityEntryPanel>
      {(entry, memberName) => (
        <ConfirmStep
          title={`Remove ${entry.productLabel} (${memberName})?`}
          question={`${entry.productLabel} leaves what the group supplies: matching and the catalogue stop counting it. This cannot be undone.`}
          confirm="Yes, remove the line"
          cancel={capacityEntryPath(orgId!, entry.id, 'edit')}
          error={data?.error}
        >
          <input type="hidden" name="version" value={entry.version} />
        </ConfirmStep>
      )}
    </CapacityEntryPanel>
  );
}
