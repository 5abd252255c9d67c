import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import {
  CreateCertificationSchema,
  type CertificationView,
  hsSubheadingField,
  isoDateField,
  SetVerificationSchema,
  UpdateCertificationSchema,
} from '@linkage/contracts';
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { Form } from '~/components/form';
import { z } from 'zod';
import { verificationReadinessProblems } from '@linkage/domain';
import { FormErrors, InputField, SelectField, SubmitButton, TextareaField } from '~/components/forms';
import { CertificationList, certificationLabel, verificationRecordText } from '~/components/profile';
import { GonePanel } from '~/components/ui';
import type { UserApi } from '~/lib/api.server';
import { requireUser } from '~/lib/auth.server';
import { CERT_STATUS, formatDate, productWithCode, VERIFICATION_LABEL } from '~/lib/format';
import { listText } from '~/lib/list-field';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';
import { drain, EVIDENCE_MAX_BYTES, multipartFileStream, readText, UploadTooLargeError } from '~/lib/uploads.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api, user, brokering } = await requireUser(request);
  const profile = await orThrow(request, await api.getProfile(params.orgId!));
  const standards = profile.viewer.canManage ? await orThrow(request, await api.listStandards()) : [];
  return {
    certifications: profile.certifications,
    members: profile.members.filter((m) => m.status !== 'LEFT').map((m) => ({ id: m.id, name: m.enterprise.legalName })),
    standards: standards.map((s) => ({ code: s.code, name: s.name, kind: s.kind, coversGroupMembers: s.coversGroupMembers })),
    canManage: profile.viewer.canManage,
    /** Brokers of a programme the group enrolled in check certificates and may mark them broker-verified. */
    isBroker: user.platformRole === 'ADMIN' || brokering.includes(params.orgId!),
    groupName: profile.legalName,
    maxMb: Math.round(EVIDENCE_MAX_BYTES / (1024 * 1024)),
    /** Today (UTC) as the API reads certificate dates, so the checklist states the same readiness. */
    today: new Date().toISOString().slice(0, 10),
  };
}

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
 * The edit form: the certificate's key facts, lists typed as text. Empty optional fields clear the
 * value. The verification level is not part of it (it has its own form), so the API can tell that a
 * change of key facts withdraws a broker's verification.
 */
const EditCertificationFields = z.object({
  certificateNumber: z.string().trim().max(120).optional(),
  certificationBody: z.string().trim().max(200).optional(),
  scopeProductCodes: listText(hsSubheadingField, 100, 'product codes'),
  scopeSites: listText(z.string().max(200), 50, 'sites', true),
  validFrom: isoDateField.optional(),
  validUntil: isoDateField,
});

const EditCertificationSchema = EditCertificationFields.refine((c) => !c.validFrom || c.validFrom <= c.validUntil, {
  error: 'The certificate must start before it ends',
  path: ['validUntil'],
}).transform((c) => ({
  certificateNumber: c.certificateNumber ?? null,
  certificationBody: c.certificationBody ?? null,
  scopeProductCodes: c.scopeProductCodes,
  scopeSites: c.scopeSites,
  validFrom: c.validFrom ?? null,
  validUntil: c.validUntil,
}));

/** Verify, edit and delete: plain forms, one certificate each. */
async function changeCertification(request: Request, api: UserApi, back: string) {
  const formData = await request.formData();
  const intent = formData.get('intent');
  const certificationId = String(formData.get('certificationId') ?? '');
  const label = String(formData.get('label') ?? 'The certificate');

  if (intent === 'verify') {
    const verification = formData.get('verification');
    if (!verification) return { intent: 'verify' as const, certificationId, error: 'Choose the level to set.', fields: {} };
    // A broker's verification carries the checklist as ticked; the API refuses any item left unticked.
    const checklist =
      verification === 'BROKER_VERIFIED'
        ? {
            ...Object.fromEntries(CHECKLIST.map((item) => [item.name, formData.get(item.name) === 'on'])),
            note: String(formData.get('note') ?? '').trim() || null,
          }
        : undefined;
    const parsed = SetVerificationSchema.safeParse({ verification, checklist });
    if (!parsed.success)
      return { intent: 'verify' as const, certificationId, error: parsed.error.issues[0]?.message ?? 'Choose a level.', fields: {} };
    const result = await api.setCertificationVerification(certificationId, parsed.data);
    if (!result.ok)
      return { intent: 'verify' as const, certificationId, error: result.error.message, fields: result.error.fields ?? {} };
    const returnTo = String(formData.get('returnTo') ?? '');
    const c = result.data;
    return redirectWithNotice(
      request,
      QUEUE_PATH.test(returnTo) ? returnTo : back,
      c.verificationRecord
        ? `${label} is now broker-verified. ${verificationRecordText(c.verificationRecord)}.`
        : `${label} is now ${VERIFICATION_LABEL[c.verification].toLowerCase()}.`,
    );
  }

  if (intent === 'delete') {
    const result = await api.deleteCertification(certificationId);
    if (!result.ok) return { intent: 'delete' as const, certificationId, error: result.error.message };
    return redirectWithNotice(request, back, `Deleted ${label}.`);
  }

  if (intent === 'update') {
    const submission = parseWithZod(formData, { schema: EditCertificationSchema });
    if (submission.status !== 'success') return { intent: 'update' as const, certificationId, result: submission.reply() };
    const result = await api.updateCertification(certificationId, UpdateCertificationSchema.parse(submission.value));
    if (!result.ok) {
      return {
        intent: 'update' as const,
        certificationId,
        result: replyWithApiError(submission, result, { listFields: ['scopeProductCodes', 'scopeSites'] }),
      };
    }
    const c = result.data;
    const withdrawn = formData.get('wasVerification') === 'BROKER_VERIFIED' && c.verification !== 'BROKER_VERIFIED';
    return redirectWithNotice(
      request,
      back,
      `Saved ${certificationLabel(c)} (${CERT_STATUS[c.status].text.toLowerCase()}).${
        withdrawn ? ` Its key facts changed, so it is no longer broker-verified: it is ${VERIFICATION_LABEL[c.verification].toLowerCase()} until a broker checks it again.` : ''
      }`,
    );
  }
  throw new Response('Unknown certificate action.', { status: 400 });
}

/** Streams one browser file part to the API as the certificate's evidence; the limit is checked on the way. */
async function streamEvidence(
  api: UserApi,
  certificationId: string,
  part: { filename: string; contentType: string; data: AsyncIterable<Uint8Array> },
): Promise<string | null> {
  const framed = multipartFileStream('file', part.filename, part.contentType, part.data, EVIDENCE_MAX_BYTES);
  const result = await api.uploadEvidence(certificationId, framed.stream, framed.contentType);
  if (framed.bytes() > EVIDENCE_MAX_BYTES) {
    await framed.rest();
    return new UploadTooLargeError(EVIDENCE_MAX_BYTES).message;
  }
  await framed.rest();
  if (result.ok) return null;
  return result.error.fields?.file ?? result.error.message;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const orgId = params.orgId!;
  const back = `/organisations/${orgId}/certifications`;
  const contentType = request.headers.get('content-type') ?? '';
  if (contentType.startsWith('application/x-www-form-urlencoded')) return changeCertification(request, api, back);
  if (!contentType.startsWith('multipart/form-data')) {
    throw new Response('Send the certificate form as multipart/form-data.', { status: 415 });
  }

  // Parts arrive in form order; the file input comes last, so the certificate is created (or chosen)
  // from the text fields before the file's bytes are streamed on to the API.
  const fields = new FormData();
  type Outcome =
    | { kind: 'invalid'; reply: ReturnType<typeof replyWithApiError> }
    | { kind: 'created'; certification: CertificationView; evidenceError: string | null; evidence: boolean }
    | { kind: 'evidence'; certificationId: string; error: string | null };
  const state: { outcome: Outcome | null } = { outcome: null };

  const createFrom = async () => {
    const submission = parseWithZod(fields, { schema: CreateCertificationSchema });
    if (submission.status !== 'success') {
      state.outcome = { kind: 'invalid', reply: submission.reply() };
      return null;
    }
    const created = await api.createCertification(orgId, submission.value);
    if (!created.ok) {
      state.outcome = { kind: 'invalid', reply: replyWithApiError(submission, created) };
      return null;
    }
    state.outcome = { kind: 'created', certification: created.data, evidenceError: null, evidence: false };
    return created.data;
  };

  const handler: UploadHandler = async ({ name, filename, contentType, data }) => {
    if (filename === undefined) {
      const value = await readText(data, 20_000);
      fields.append(name, value);
      return value;
    }
    if (name !== 'evidence' || !filename) {
      await drain(data);
      return undefined;
    }
    if (fields.get('intent') === 'evidence') {
      const certificationId = String(fields.get('certificationId') ?? '');
      const error = await streamEvidence(api, certificationId, { filename, contentType, data });
      state.outcome = { kind: 'evidence', certificationId, error };
      return undefined;
    }
    const certification = await createFrom();
    if (!certification) {
      await drain(data);
      return undefined;
    }
    const error = await streamEvidence(api, certification.id, { filename, contentType, data });
    state.outcome = { kind: 'created', certification, evidenceError: error, evidence: error === null };
    return undefined;
  };
  await unstable_parseMultipartFormData(request, handler);

  // No file chosen: the certificate is recorded from the fields alone.
  if (state.outcome === null && fields.get('intent') !== 'evidence') await createFrom();
  const done = state.outcome;
  if (done === null) return { intent: 'evidence' as const, certificationId: String(fields.get('certificationId') ?? ''), error: 'Choose a file to upload.' };
  if (done.kind === 'invalid') return { intent: 'create' as const, result: done.reply };
  if (done.kind === 'evidence') {
    if (done.error) return { intent: 'evidence' as const, certificationId: done.certificationId, error: done.error };
    return redirectWithNotice(request, back, 'Evidence uploaded.');
  }
  const c = done.certification;
  const status = CERT_STATUS[c.status].text.toLowerCase();
  // Legal but surprising: a certificate already over, or about to be, is recorded with a word about it.
  const dates =
    c.status === 'EXPIRED'
      ? ` Note: it ended on ${formatDate(c.validUntil)}, so no match counts it until a renewal is recorded.`
      : c.status === 'EXPIRING'
        ? ` It ends on ${formatDate(c.validUntil)}: plan its renewal.`
        : '';
  return redirectWithNotice(
    request,
    back,
    done.evidenceError
      ? `Recorded ${c.standard.name} for ${c.holderName} (${status}), but the evidence file was refused: ${done.evidenceError} Upload another from the list.${dates}`
      : `Recorded ${c.standard.name} for ${c.holderName} (${status})${done.evidence ? ' with its evidence' : ''}.${dates}`,
  );
}

export default function Certifications() {
  const { certifications, members, standards, canManage, isBroker, groupName, maxMb, today } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const [params] = useSearchParams();
  const editId = canManage ? params.get('edit') : null;
  const editing = editId ? certifications.find((c) => c.id === editId) : undefined;
  const verifyId = isBroker ? params.get('verify') : null;
  const verifying = verifyId ? certifications.find((c) => c.id === verifyId) : undefined;
  const verifyError = (c: CertificationView) =>
    data && data.intent === 'verify' && data.certificationId === c.id ? (
      <span className="field-errors" role="alert">
        {data.error}
      </span>
    ) : null;
  return (
    <div className="layout-split">
      <section aria-labelledby="certs-title" className="layout-split__main stack">
        <h2 id="certs-title">Certifications</h2>
        <p className="muted small">
          Status follows the dates: <strong>valid</strong>, <strong>expiring</strong> within 60 days, <strong>expired</strong>.
          Certificates are evidence, not proof: self-declared, broker-verified and third-party-verified are shown apart.
          What each standard certifies and which requirements it also meets: see the <Link to="/standards">standards registry</Link>.
        </p>
        <CertificationList
          certifications={certifications}
          selectedId={editId ?? verifyId}
          renderVerification={
            isBroker
              ? (c) => (
                  <Form method="post" className="inline-form" preventScrollReset>
                    <input type="hidden" name="intent" value="verify" />
                    <input type="hidden" name="certificationId" value={c.id} />
                    <input type="hidden" name="label" value={certificationLabel(c)} />
                    {c.verification === 'BROKER_VERIFIED' ? (
                      <>
                        <input type="hidden" name="verification" value="SELF_DECLARED" />
                        <button type="submit" className="link-button" aria-label={`Withdraw broker verification of ${certificationLabel(c)}`}>
                          Withdraw verification
                        </button>
                      </>
                    ) : (
                      <Link
                        to={`?verify=${c.id}`}
                        preventScrollReset
                        className="button button--small button--primary"
                        aria-label={`Verify ${certificationLabel(c)} against its evidence`}
                      >
                        Verify…
                      </Link>
                    )}
                    {verifyError(c)}
                  </Form>
                )
              : undefined
          }
          renderActions={
            canManage
              ? (c) => (
                  <details className="upload-details" open={data?.intent === 'evidence' && data.certificationId === c.id}>
                    <summary>{c.evidence ? 'Replace file' : 'Upload file'}</summary>
                    <Form method="post" encType="multipart/form-data" className="stack-sm">
                      <input type="hidden" name="intent" value="evidence" />
                      <input type="hidden" name="certificationId" value={c.id} />
                      <input type="file" name="evidence" accept="application/pdf,image/png,image/jpeg" aria-label={`Evidence file for ${c.standard.name}`} required />
                      <button type="submit" className="button button--small">
                        Upload
                      </button>
                      {data && data.intent === 'evidence' && data.certificationId === c.id ? (
                        <span className="field-errors" role="alert">
                          {data.error}
                        </span>
                      ) : null}
                    </Form>
                  </details>
                )
              : undefined
          }
          renderRowActions={
            canManage
              ? (c) => (
                  <Link to={`?edit=${c.id}`} preventScrollReset className="small" aria-label={`Edit ${certificationLabel(c)}`}>
                    Edit
                  </Link>
                )
              : undefined
          }
        />
      </section>
      {verifyId ? (
        verifying ? (
          <VerifyCertification key={`${verifying.id}-${verifying.updatedAt}`} certification={verifying} today={today} returnTo={params.get('back')} />
        ) : (
          <GonePanel what="certificate" back="Back to the certificates" />
        )
      ) : !canManage ? (
        <aside className="panel layout-split__side muted">
          {isBroker
            ? 'As a programme broker you verify a certificate by checking its number, body, scope and holder against its evidence file: choose Verify… on its row. The group’s coordinators record and edit certificates.'
            : 'The group’s coordinators record certificates.'}
        </aside>
      ) : editId ? (
        editing ? (
          <EditCertification key={`${editing.id}-${editing.updatedAt}`} certification={editing} isBroker={isBroker} />
        ) : (
          <GonePanel what="certificate" back="Back to recording" />
        )
      ) : (
        <CertificationForm
          key={certifications.length}
          members={members}
          standards={standards}
          groupName={groupName}
          maxMb={maxMb}
          lastResult={navigation.state === 'idle' && data && data.intent === 'create' ? data.result : null}
          pending={navigation.state === 'submitting' && navigation.formData?.get('intent') === 'create'}
        />
      )}
    </div>
  );
}

/**
 * A broker's verification: the certificate's recorded facts beside a link to its evidence, and a
 * checklist to tick item by item. A certificate without evidence or not valid today says what must
 * happen first instead; the server refuses anything unticked, naming it.
 */
function VerifyCertification({
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
  const mine = data && data.intent === 'verify' && data.certificationId === c.id ? data : null;
  const fields: Record<string, string> = mine && 'fields' in mine ? mine.fields : {};
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
  const label = certificationLabel(c);
  const pending = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'verify';
  return (
    <section aria-labelledby="verify-cert-title" className="panel layout-split__side stack">
      <h2 id="verify-cert-title">
        Verify {c.standard.name} <span className="muted small">· {c.holderName}</span>
      </h2>
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
          <dd>{c.scopeProductCodes.length ? c.scopeProductCodes.map((code, i) => productWithCode(code, c.scopeProductNames?.[i])).join(', ') : 'not limited to products'}</dd>
        </div>
        <div>
          <dt>Valid</dt>
          <dd>
            {c.validFrom ? `${formatDate(c.validFrom)} to ` : 'until '}
            {formatDate(c.validUntil)} ({CERT_STATUS[c.status].text.toLowerCase()})
          </dd>
        </div>
      </dl>
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
          <p className="small muted">The group’s coordinators upload the evidence and correct the dates; then it can be checked.</p>
        </div>
      ) : (
        <Form method="post" className="stack" preventScrollReset>
          <input type="hidden" name="intent" value="verify" />
          <input type="hidden" name="verification" value="BROKER_VERIFIED" />
          <input type="hidden" name="certificationId" value={c.id} />
          <input type="hidden" name="label" value={label} />
          {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
          {mine ? (
            <div className="field-errors" role="alert">
              <p>{mine.error}</p>
              {Object.entries(fields)
                .filter(([field]) => !field.startsWith('checklist.'))
                .map(([field, message]) => (
                  <p key={field}>{message}</p>
                ))}
            </div>
          ) : null}
          <fieldset className="checklist">
            <legend>Checked against the evidence</legend>
            {CHECKLIST.map((item) => (
              <div key={item.name}>
                <label className="checkbox">
                  <input type="checkbox" name={item.name} required aria-invalid={fields[`checklist.${item.name}`] ? true : undefined} />
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
            <textarea id="verify-note" name="note" rows={2} maxLength={1000} placeholder="e.g. Checked against the PDF sent by the coordinator" />
          </div>
          <p className="field-hint">Your name, today’s date and what you checked are recorded with the verification.</p>
          <div className="button-row">
            <SubmitButton pending={pending}>Record verification</SubmitButton>
            <Link to={returnTo ?? '.'} className="button">
              Cancel
            </Link>
          </div>
        </Form>
      )}
    </section>
  );
}

/** The side panel for one certificate: its key facts, its verification level, and deleting it. */
function EditCertification({ certification: c, isBroker }: { certification: CertificationView; isBroker: boolean }) {
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const mine = data && 'certificationId' in data && data.certificationId === c.id ? data : null;
  const [form, fields] = useForm({
    id: `edit-certification-${c.id}`,
    lastResult: navigation.state === 'idle' && mine?.intent === 'update' ? mine.result : null,
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
  const label = certificationLabel(c);
  const busy = (intent: string) => navigation.state === 'submitting' && navigation.formData?.get('intent') === intent;
  return (
    <section aria-labelledby="edit-cert-title" className="panel layout-split__side stack">
      <h2 id="edit-cert-title">
        Edit {c.standard.name} <span className="muted small">· {c.holderName}</span>
      </h2>
      <p className="small">
        Now <span className={`verify verify--${c.verification.toLowerCase().replace(/_/g, '-')}`}>{VERIFICATION_LABEL[c.verification]}</span>.
        {c.verification === 'BROKER_VERIFIED'
          ? ' Changing its number, body, product scope or dates withdraws the broker’s verification: it becomes self-declared until a broker checks it again.'
          : null}
      </p>
      <Form method="post" {...getFormProps(form)} className="stack" preventScrollReset>
        <input type="hidden" name="intent" value="update" />
        <input type="hidden" name="certificationId" value={c.id} />
        <input type="hidden" name="wasVerification" value={c.verification} />
        <FormErrors id={form.errorId} errors={form.errors} />
        <InputField label="Certificate number" meta={fields.certificateNumber} />
        <InputField label="Certification body" meta={fields.certificationBody} placeholder="e.g. Ecocert, Control Union" />
        <InputField label="Products covered (HS codes)" hint="6-digit codes separated by commas; none = not limited to products." meta={fields.scopeProductCodes} />
        <TextareaField label="Sites covered" hint="One per line." meta={fields.scopeSites} rows={2} />
        <InputField label="Valid from" meta={fields.validFrom} type="date" />
        <InputField label="Valid until" hint="Status follows this date: expiring within 60 days, then expired." meta={fields.validUntil} type="date" />
        <div className="button-row">
          <SubmitButton pending={busy('update')}>Save certificate</SubmitButton>
          <Link to="." className="button">
            Cancel
          </Link>
        </div>
      </Form>
      <Form method="post" className="stack-sm" preventScrollReset aria-labelledby="cert-verification-title">
        <h3 id="cert-verification-title">Verification</h3>
        <input type="hidden" name="intent" value="verify" />
        <input type="hidden" name="certificationId" value={c.id} />
        <input type="hidden" name="label" value={label} />
        <div className="inline-form">
          <select name="verification" aria-label={`Verification of ${label}`} defaultValue={c.verification === 'BROKER_VERIFIED' ? 'BROKER_VERIFIED' : c.verification}>
            <option value="SELF_DECLARED">{VERIFICATION_LABEL.SELF_DECLARED}</option>
            <option value="THIRD_PARTY_VERIFIED">{VERIFICATION_LABEL.THIRD_PARTY_VERIFIED}</option>
            {c.verification === 'BROKER_VERIFIED' ? (
              <option value="BROKER_VERIFIED" disabled>
                {VERIFICATION_LABEL.BROKER_VERIFIED}
              </option>
            ) : null}
          </select>
          <button type="submit" className="button button--small" disabled={busy('verify')}>
            Set level
          </button>
        </div>
        <p className="field-hint">
          Third-party verified: an accredited body audited it. Only a programme broker marks a certificate broker-verified
          {isBroker ? (
            <>
              , with its checklist: <Link to={`?verify=${c.id}`}>verify it against its evidence</Link>
            </>
          ) : null}
          .
        </p>
        {mine?.intent === 'verify' ? (
          <p className="field-errors" role="alert">
            {mine.error}
          </p>
        ) : null}
      </Form>
      <Form method="post" className="danger-zone" preventScrollReset>
        <input type="hidden" name="intent" value="delete" />
        <input type="hidden" name="certificationId" value={c.id} />
        <input type="hidden" name="label" value={label} />
        {mine?.intent === 'delete' ? (
          <p className="field-errors" role="alert">
            {mine.error}
          </p>
        ) : null}
        <button type="submit" className="link-button link-button--danger">
          Delete this certificate{c.evidence ? ' and its evidence file' : ''}
        </button>
      </Form>
    </section>
  );
}

const KIND_ORDER = ['PROCESS', 'PRODUCT', 'SOCIAL', 'ENVIRONMENTAL'] as const;

function CertificationForm({
  members,
  standards,
  groupName,
  maxMb,
  lastResult,
  pending,
}: {
  members: Array<{ id: string; name: string }>;
  standards: Array<{ code: string; name: string; kind: (typeof KIND_ORDER)[number]; coversGroupMembers: boolean }>;
  groupName: string;
  maxMb: number;
  lastResult: ReturnType<typeof replyWithApiError> | null;
  pending: boolean;
}) {
  const [form, fields] = useForm({
    id: 'record-certification',
    lastResult,
    constraint: getZodConstraint(CreateCertificationSchema),
    defaultValue: { verification: 'SELF_DECLARED' },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CreateCertificationSchema }),
  });
  return (
    <section aria-labelledby="cert-form-title" className="panel layout-split__side">
      <h2 id="cert-form-title">Record a certificate</h2>
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="stack">
        <input type="hidden" name="intent" value="create" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <SelectField label="Standard" meta={fields.standardCode}>
          <option value="">Choose a standard…</option>
          {KIND_ORDER.map((kind) => (
            <optgroup key={kind} label={kind.charAt(0) + kind.slice(1).toLowerCase()}>
              {standards
                .filter((s) => s.kind === kind)
                .map((s) => (
                  <option key={s.code} value={s.code}>
                    {s.name}
                    {s.coversGroupMembers ? ' (group certificate)' : ''}
                  </option>
                ))}
            </optgroup>
          ))}
        </SelectField>
        <SelectField label="Held by" meta={fields.memberId}>
          <option value="">{groupName} (the group)</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
        <InputField label="Certificate number (optional)" meta={fields.certificateNumber} />
        <InputField label="Certification body (optional)" meta={fields.certificationBody} placeholder="e.g. Ecocert, Control Union" />
        <InputField label="Valid from (optional)" meta={fields.validFrom} type="date" />
        <InputField label="Valid until" hint="Status follows this date: expiring within 60 days, then expired." meta={fields.validUntil} type="date" />
        <SelectField label="Verification" hint="Only a broker can mark a certificate broker-verified." meta={fields.verification}>
          <option value="SELF_DECLARED">Self-declared</option>
          <option value="THIRD_PARTY_VERIFIED">Third-party verified</option>
        </SelectField>
        <div className="field">
          <label htmlFor="evidence-file">Evidence (optional)</label>
          <p className="field-hint" id="evidence-hint">
            The certificate as PDF, PNG or JPEG, up to {maxMb} MB.
          </p>
          <input id="evidence-file" type="file" name="evidence" accept="application/pdf,image/png,image/jpeg" aria-describedby="evidence-hint" />
        </div>
        <SubmitButton pending={pending}>Record certificate</SubmitButton>
      </Form>
    </section>
  );
}
