import { type CertificationView, SetVerificationSchema } from '@linkage/contracts';
import { verificationReadinessProblems } from '@linkage/domain';
import type { ActionFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useNavigation, useParams, useSearchParams } from '@remix-run/react';
import {
  CertificationHeading,
  CertificationPanel,
  certificationsPath,
  VerificationLevelForm,
} from '~/components/certification-panels';
import { Form } from '~/components/form';
import { RoutePanel } from '~/components/ui';
import { SubmitButton } from '~/components/forms';
import { certificationLabel, verificationRecordText } from '~/components/profile';
import { requireUser } from '~/lib/auth.server';
import { CERT_STATUS, formatDate, productWithCode, VERIFICATION_LABEL } from '~/lib/format';
import { redirectWithNotice } from '~/lib/session.server';

/** The checklist's items, in the order a broker reads the certificate. */
const CHECKLIST = [
  { name: 'certificateNumber', label: 'The certificate number matches the evidence' },
  { name: 'certificationBody', label: 'The certification body matches the evidence' },
  { name: 'productScope', label: 'The products covered match the scope on the evidence' },
  { name: 'holderName', label: 'The holder named on the evidence is this group or member' },
] as const;

/** Where a verification returns: the certificates page, or the programme's queue it was opened from. */
const QUEUE_PATH = /^\/programmes\/[0-9a-f-]{36}\/verification$/;

/**
 * One intent: set the certificate's verification level. A broker's BROKER_VERIFIED carries the
 * checklist as ticked (the API refuses any item left unticked, naming it); a coordinator sets
 * self-declared or third-party verified; a broker withdraws their verification with SELF_DECLARED.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const formData = await request.formData();
  const verification = formData.get('verification');
  if (!verification) return { error: 'Choose the level to set.', fields: {} };
  const checklist =
    verification === 'BROKER_VERIFIED'
      ? {
          ...Object.fromEntries(CHECKLIST.map((item) => [item.name, formData.get(item.name) === 'on'])),
          note: String(formData.get('note') ?? '').trim() || null,
        }
      : undefined;
  const parsed = SetVerificationSchema.safeParse({ verification, checklist });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Choose a level.', fields: {} };
  const result = await api.setCertificationVerification(params.certId!, parsed.data);
  if (!result.ok) return { error: result.error.message, fields: result.error.fields ?? {} };
  const returnTo = String(formData.get('returnTo') ?? '');
  const label = String(formData.get('label') ?? 'The certificate');
  const c = result.data;
  return redirectWithNotice(
    request,
    QUEUE_PATH.test(returnTo) ? returnTo : certificationsPath(params.orgId!),
    c.verificationRecord
      ? `${label} is now broker-verified. ${verificationRecordText(c.verificationRecord)}.`
      : `${label} is now ${VERIFICATION_LABEL[c.verification].toLowerCase()}.`,
  );
}

/**
 * The certificate's verification: a broker checks it against its evidence with the checklist; the
 * group's coordinators set the level they may set. `?back=` is the programme queue it was opened from.
 */
export default function CertificationVerification() {
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <CertificationPanel allowed={(page) => page.isBroker || page.canManage}>
      {(c, page) => (
        <RoutePanel labelledBy="verify-cert-title">
          <CertificationHeading
            id="verify-cert-title"
            verb={page.isBroker ? 'Verify' : 'Verification of'}
            certification={c}
          />
          <CertificateFacts certification={c} />
          {page.isBroker ? (
            <BrokerVerification
              key={`${c.id}-${c.updatedAt}`}
              certification={c}
              today={page.today}
              returnTo={params.get('back')}
            />
          ) : (
            <VerificationLevelForm certification={c} isBroker={false} error={data?.error} />
          )}
        </RoutePanel>
      )}
    </CertificationPanel>
  );
}

/** What the broker compares with the evidence file. */
function CertificateFacts({ certification: c }: { certification: CertificationView }) {
  return (
    <dl className="facts">
      <div>
        <dt>Holder</dt>
        <dd>{c.holderName}</dd>
      </div>
      <div>
        <dt>Certificate number</dt>
        <dd>{c.certificateNumber ?? <span className="muted">not recorded</span>}</dd>
      </div>
      <div>
        <dt>Certification body</dt>
        <dd>{c.certificationBody ?? <span className="muted">not recorded</span>}</dd>
      </div>
      <div>
        <dt>Products covered</dt>
        <dd>
          {c.scopeProductCodes.length
            ? c.scopeProductCodes.map((code, i) => productWithCode(code, c.scopeProductNames?.[i])).join(', ')
            : 'not limited to products'}
        </dd>
      </div>
      <div>
        <dt>Valid</dt>
        <dd>
          {c.validFrom ? `${formatDate(c.validFrom)} to ` : 'until '}
          {formatDate(c.validUntil)} ({CERT_STATUS[c.status].text.toLowerCase()})
        </dd>
      </div>
      <div>
        <dt>Verification</dt>
        <dd>
          {VERIFICATION_LABEL[c.verification]}
          {c.verificationRecord ? (
            <span className="block muted small">{verificationRecordText(c.verificationRecord)}</span>
          ) : null}
        </dd>
      </div>
    </dl>
  );
}

/**
 * A broker's verification: a link to the evidence and a checklist to tick item by item. A
 * certificate without evidence or not valid today says what must happen first instead; one the
 * broker already verified offers to withdraw that.
 */
function BrokerVerification({
  certification: c,
  today,
  returnTo,
}: {
  certification: CertificationView;
  today: string;
  returnTo: string | null;
}) {
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const { orgId } = useParams();
  const fields: Record<string, string> = data?.fields ?? {};
  const label = certificationLabel(c);
  const error = data ? (
    <div className="field-errors" role="alert">
      <p>{data.error}</p>
      {Object.entries(fields)
        .filter(([field]) => !field.startsWith('checklist.'))
        .map(([field, message]) => (
          <p key={field}>{message}</p>
        ))}
    </div>
  ) : null;
  if (c.verification === 'BROKER_VERIFIED') {
    return (
      <Form method="post" className="stack-sm" preventScrollReset>
        <input type="hidden" name="label" value={label} />
        <input type="hidden" name="verification" value="SELF_DECLARED" />
        {error}
        <p>
          Already broker-verified. Withdrawing it makes the certificate self-declared until a broker checks it
          again.
        </p>
        <div className="button-row">
          <SubmitButton pending={navigation.state === 'submitting'}>Withdraw verification</SubmitButton>
          <Link to={returnTo ?? certificationsPath(orgId!)} className="button">
            Cancel
          </Link>
        </div>
      </Form>
    );
  }
  const blockers = verificationReadinessProblems(
    {
      hasEvidence: c.evidence !== null,
      certificateNumber: c.certificateNumber,
      certificationBody: c.certificationBody,
      validFrom: c.validFrom,
      validUntil: c.validUntil,
    },
    today,
  );
  return (
    <>
      {c.evidence ? (
        <p>
          <a href={`/evidence/${c.id}`} target="_blank" rel="noreferrer" className="button button--small">
            Open the evidence: {c.evidence.fileName}
          </a>
        </p>
      ) : null}
      {Object.keys(blockers).length ? (
        <div className="stack-sm" role="status">
          <p>
            <strong>Not ready to verify.</strong> What must happen first:
          </p>
          <ul>
            {Object.entries(blockers).map(([field, message]) => (
              <li key={field}>{message}.</li>
            ))}
          </ul>
          <p className="small muted">
            The group’s coordinators upload the evidence and correct the dates; then it can be checked.
          </p>
        </div>
      ) : (
        <Form method="post" className="stack" preventScrollReset>
          <input type="hidden" name="verification" value="BROKER_VERIFIED" />
          <input type="hidden" name="label" value={label} />
          {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
          {error}
          <fieldset className="checklist">
            <legend>Checked against the evidence</legend>
            {CHECKLIST.map((item) => (
              <div key={item.name}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    name={item.name}
                    required
                    aria-invalid={fields[`checklist.${item.name}`] ? true : undefined}
                  />
                  {item.label}
                </label>
                {fields[`checklist.${item.name}`] ? (
                  <span className="field-errors" role="alert">
                    {fields[`checklist.${item.name}`]}
                  </span>
                ) : null}
              </div>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="verify-note">Note (optional)</label>
            <textarea
              id="verify-note"
              name="note"
              rows={2}
              maxLength={1000}
              placeholder="e.g. Checked against the PDF sent by the coordinator"
            />
          </div>
          <p className="field-hint">
            Your name, today’s date and what you checked are recorded with the verification.
          </p>
          <div className="button-row">
            <SubmitButton pending={navigation.state === 'submitting'}>Record verification</SubmitButton>
            <Link to={returnTo ?? certificationsPath(orgId!)} className="button">
              Cancel
            </Link>
          </div>
        </Form>
      )}
    </>
  );
}
