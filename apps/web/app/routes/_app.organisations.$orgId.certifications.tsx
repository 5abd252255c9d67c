import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { CreateCertificationSchema, type CertificationView } from '@linkage/contracts';
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { FormErrors, InputField, SelectField, SubmitButton } from '~/components/forms';
import { CertificationList } from '~/components/profile';
import type { UserApi } from '~/lib/api.server';
import { requireUser } from '~/lib/auth.server';
import { CERT_STATUS } from '~/lib/format';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';
import { drain, EVIDENCE_MAX_BYTES, multipartFileStream, readText, UploadTooLargeError } from '~/lib/uploads.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const profile = await orThrow(request, await api.getProfile(params.orgId!));
  const standards = profile.viewer.canManage ? await orThrow(request, await api.listStandards()) : [];
  return {
    certifications: profile.certifications,
    members: profile.members.filter((m) => m.status !== 'LEFT').map((m) => ({ id: m.id, name: m.enterprise.legalName })),
    standards: standards.map((s) => ({ code: s.code, name: s.name, kind: s.kind, coversGroupMembers: s.coversGroupMembers })),
    canManage: profile.viewer.canManage,
    groupName: profile.legalName,
    maxMb: Math.round(EVIDENCE_MAX_BYTES / (1024 * 1024)),
  };
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
  if (!(request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
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
  return redirectWithNotice(
    request,
    back,
    done.evidenceError
      ? `Recorded ${c.standard.name} for ${c.holderName} (${status}), but the evidence file was refused: ${done.evidenceError} Upload another from the list.`
      : `Recorded ${c.standard.name} for ${c.holderName} (${status})${done.evidence ? ' with its evidence' : ''}.`,
  );
}

export default function Certifications() {
  const { certifications, members, standards, canManage, groupName, maxMb } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  return (
    <div className="layout-split">
      <section aria-labelledby="certs-title" className="layout-split__main stack">
        <h2 id="certs-title">Certifications</h2>
        <p className="muted small">
          Status follows the dates: <strong>valid</strong>, <strong>expiring</strong> within 60 days, <strong>expired</strong>.
          Certificates are evidence, not proof: self-declared, broker-verified and third-party-verified are shown apart.
        </p>
        <CertificationList
          certifications={certifications}
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
        />
      </section>
      {canManage ? (
        <CertificationForm
          key={certifications.length}
          members={members}
          standards={standards}
          groupName={groupName}
          maxMb={maxMb}
          lastResult={navigation.state === 'idle' && data && data.intent === 'create' ? data.result : null}
          pending={navigation.state === 'submitting' && navigation.formData?.get('intent') === 'create'}
        />
      ) : (
        <aside className="panel layout-split__side muted">The group&apos;s coordinators record certificates.</aside>
      )}
    </div>
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
