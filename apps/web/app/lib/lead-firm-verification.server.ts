import { type UserApi } from './api.server';
import { orThrow } from './results.server';
import { redirectWithNotice } from './session.server';

/**
 * The verify / unverify intents of the lead-firm list (decisions 0008, 0012), wherever a broker or
 * admin meets it: the dashboard and the programme's desk.
 */
export async function verifyLeadFirm(request: Request, api: UserApi, form: FormData, backTo: string) {
  const verify = form.get('intent') === 'verify';
  const firm = await orThrow(
    request,
    await api.setLeadFirmVerified(String(form.get('organisationId') ?? ''), verify),
  );
  return redirectWithNotice(
    request,
    backTo,
    verify
      ? `${firm.legalName} is a verified buyer: its open needs are being matched again.`
      : `${firm.legalName} is no longer verified: it sees public groups only.`,
  );
}
