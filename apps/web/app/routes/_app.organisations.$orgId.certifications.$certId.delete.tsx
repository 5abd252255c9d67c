import type { ActionFunctionArgs } from '@remix-run/node';
import { useActionData, useParams } from '@remix-run/react';
import { CertificationPanel, certificationPath, certificationsPath } from '~/components/certification-panels';
import { ConfirmStep } from '~/components/confirm-delete';
import { certificationLabel } from '~/components/profile';
import { requireUser } from '~/lib/auth.server';
import { redirectWithNotice } from '~/lib/session.server';

/** One intent: delete the certificate (and its evidence file), once the coordinator confirmed it here. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const label = String((await request.formData()).get('label') ?? 'the certificate');
  const result = await api.deleteCertification(params.certId!);
  if (!result.ok) return { error: result.error.message };
  return redirectWithNotice(request, certificationsPath(params.orgId!), `Deleted ${label}.`);
}

/** The question before the delete: a page of its own, so it asks the same with or without script. */
export default function DeleteCertification() {
  const data = useActionData<typeof action>();
  const { orgId } = useParams();
  return (
    <CertificationPanel allowed={(page) => page.canManage}>
      {(c) => (
        <ConfirmStep
          title={`Delete ${c.standard.name}?`}
          question={`${certificationLabel(c)} will no longer count in matches or show on the group’s profile${
            c.evidence ? `, and its evidence file (${c.evidence.fileName}) is deleted with it` : ''
          }. This cannot be undone.`}
          confirm="Yes, delete the certificate"
          cancel={certificationPath(orgId!, c.id, 'edit')}
          error={data?.error}
        >
          <input type="hidden" name="label" value={certificationLabel(c)} />
        </ConfirmStep>
      )}
    </CertificationPanel>
  );
}
