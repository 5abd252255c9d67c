import type { ActionFunctionArgs } from '@remix-run/node';
import { requireUser } from '~/lib/auth.server';
import { loadOrganisation } from '~/lib/organisations.server';
import { orThrow } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

/** One intent: withdraw a pending invitation, then back to the members page with what happened. */
export async function action({ request, params }: ActionFunctionArgs) {
  const auth = await requireUser(request);
  const { organisation } = await loadOrganisation(request, auth, params.orgId!);
  const back = `/organisations/${organisation.id}/members`;
  const result = await auth.api.revokeInvitation(organisation.id, params.invitationId!);
  if (!result.ok && result.status === 409) return redirectWithNotice(request, back, result.error.message);
  const invitation = await orThrow(request, result);
  return redirectWithNotice(request, back, `The invitation to ${invitation.email} is withdrawn; its link no longer works.`);
}
