import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import {
  type CertificationView,
  CertificationFieldsSchema,
  UpdateCertificationSchema,
} from '@linkage/contracts';
import type { ActionFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useNavigation, useParams } from '@remix-run/react';
import {
  CertificationHeading,
  CertificationPanel,
  certificationPath,
  certificationsPath,
  VerificationLevelForm,
} from '~/components/certification-panels';
import { Form } from '~/components/form';
import { RoutePanel } from '~/components/ui';
import { FormErrors, InputField, SubmitButton, TextareaField } from '~/components/forms';
import { certificationLabel } from '~/components/profile';
import { requireUser } from '~/lib/auth.server';
import { CERT_STATUS, VERIFICATION_LABEL } from '~/lib/format';
import { checkedWith } from '~/lib/form-schema';
import { listText } from '~/lib/list-field';
import { replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

const fields = CertificationFieldsSchema.shape;

/**
 * The edit form: the certificate's key facts from the API's own fields, lists typed as text. It
 * states them all, so an emptied optional field clears the value. The verification level is not
 * part of it (it has its own form), so the API can tell that a change of key facts withdraws a
 * broker's verification.
 */
const EditCertificationFields = CertificationFieldsSchema.pick({
  certificateNumber: true,
  certificationBody: true,
  validFrom: true,
  validUntil: true,
})
  .partial({ certificateNumber: true, certificationBody: true, validFrom: true })
  .extend({
    scopeProductCodes: listText(fields.scopeProductCodes),
    scopeSites: listText(fields.scopeSites, true),
  });

/** What the API takes: emptied fields as null, checked once more by its schema (dates in order). */
const EditCertificationSchema = EditCertificationFields.transform((c) => ({
  certificateNumber: c.certificateNumber ?? null,
  certificationBody: c.certificationBody ?? null,
  scopeProductCodes: c.scopeProductCodes,
  scopeSites: c.scopeSites,
  validFrom: c.validFrom ?? null,
  validUntil: c.validUntil,
})).superRefine(checkedWith(UpdateCertificationSchema));

/** One intent: save the certificate's key facts. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: EditCertificationSchema });
  if (submission.status !== 'success') return submission.reply();
  const result = await api.updateCertification(params.certId!, submission.value);
  if (!result.ok)
    return replyWithApiError(submission, result, { listFields: ['scopeProductCodes', 'scopeSites'] });
  const c = result.data;
  const withdrawn =
    formData.get('wasVerification') === 'BROKER_VERIFIED' && c.verification !== 'BROKER_VERIFIED';
  return redirectWithNotice(
    request,
    certificationsPath(params.orgId!),
    `Saved ${certificationLabel(c)} (${CERT_STATUS[c.status].text.toLowerCase()}).${
      withdrawn
        ? ` Its key facts changed, so it is no longer broker-verified: it is ${VERIFICATION_LABEL[c.verification].toLowerCase()} until a broker checks it again.`
        : ''
    }`,
  );
}

export default function EditCertificationRoute() {
  return (
    <CertificationPanel allowed={(page) => page.canManage}>
      {(c, page) => (
        <EditCertification key={`${c.id}-${c.updatedAt}`} certification={c} isBroker={page.isBroker} />
      )}
    </CertificationPanel>
  );
}

/** The side panel for one certificate: its key facts, its verification level, and the way to delete it. */
function EditCertification({
  certification: c,
  isBroker,
}: {
  certification: CertificationView;
  isBroker: boolean;
}) {
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const { orgId } = useParams();
  const [form, fields] = useForm({
    id: `edit-certification-${c.id}`,
    lastResult: navigation.state === 'idle' ? lastResult : null,
    // Constraints come from the fields alone (Conform cannot read them through a transform).
    constraint: getZodConstraint(EditCertificationFields),
    defaultValue: {
      certificateNumber: c.certificateNumber ?? '',
      certificationBody: c.certificationBody ?? '',
      scopeProductCodes: c.scopeProductCodes.join(', '),
      scopeSites: c.scopeSites.join('\n'),
      validFrom: c.validFrom ?? '',
      validUntil: c.validUntil,
    },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: EditCertificationSchema }),
  });
  return (
    <RoutePanel labelledBy="edit-cert-title">
      <CertificationHeading id="edit-cert-title" verb="Edit" certification={c} />
      <p className="small">
        Now{' '}
        <span className={`verify verify--${c.verification.toLowerCase().replace(/_/g, '-')}`}>
          {VERIFICATION_LABEL[c.verification]}
        </span>
        .
        {c.verification === 'BROKER_VERIFIED'
          ? ' Changing its number, body, product scope or dates withdraws the broker’s verification: it becomes self-declared until a broker checks it again.'
          : null}
      </p>
      <Form method="post" {...getFormProps(form)} className="stack" preventScrollReset>
        <input type="hidden" name="wasVerification" value={c.verification} />
        <FormErrors id={form.errorId} errors={form.errors} />
        <InputField label="Certificate number" meta={fields.certificateNumber} />
        <InputField
          label="Certification body"
          meta={fields.certificationBody}
          placeholder="e.g. Ecocert, Control Union"
        />
        <InputField
          label="Products covered (HS codes)"
          hint="6-digit codes separated by commas; none = not limited to products."
          meta={fields.scopeProductCodes}
        />
        <TextareaField label="Sites covered" hint="One per line." meta={fields.scopeSites} rows={2} />
        <InputField label="Valid from" meta={fields.validFrom} type="date" />
        <InputField
          label="Valid until"
          hint="Status follows this date: expiring within 60 days, then expired."
          meta={fields.validUntil}
          type="date"
        />
        <div className="button-row">
          <SubmitButton
            pending={
              navigation.state === 'submitting' &&
              navigation.formAction === certificationPath(orgId!, c.id, 'edit')
            }
          >
            Save certificate
          </SubmitButton>
          <Link to={certificationsPath(orgId!)} className="button">
            Cancel
          </Link>
        </div>
      </Form>
      <VerificationLevelForm certification={c} isBroker={isBroker} />
      <p className="danger-zone">
        <Link
          to={certificationPath(orgId!, c.id, 'delete')}
          className="link-button link-button--danger"
          preventScrollReset
        >
          Delete this certificate{c.evidence ? ' and its evidence file' : ''}…
        </Link>
      </p>
    </RoutePanel>
  );
}
