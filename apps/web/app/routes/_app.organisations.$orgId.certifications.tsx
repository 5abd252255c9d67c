import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { CreateCertificationSchema, type CertificationView } from '@linkage/contracts';
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, useOutlet, useParams } from '@remix-run/react';
import { certificationPath, CertificationsSideNote } from '~/components/certification-panels';
import { Form } from '~/components/form';
import { FormErrors, InputField, SelectField, SubmitButton } from '~/components/forms';
import { CertificationList, certificationLabel } from '~/components/profile';
import { requireUser } from '~/lib/auth.server';
import { streamEvidence } from '~/lib/evidence.server';
import { CERT_STATUS, formatDate } from '~/lib/format';
import { replyWithApiError, orThrow } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';
import { drain, EVIDENCE_MAX_BYTES, readText } from '~/lib/uploads.server';

/**
 * The certificates page: the list, and beside it the form that records one. Each certificate's own
 * steps are routes under it (`$certId.edit`, `.evidence`, `.verify`, `.delete`), each one intent,
 * filling the side panel in place of the form; they read this loader's certificates.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api, user, brokering } = await requireUser(request);
  const profile = await orThrow(request, await api.getProfile(params.orgId!));
  const standards = profile.viewer.canManage ? await orThrow(request, await api.listStandards()) : [];
  return {
    certifications: profile.certifications,
    members: profile.members
      .filter((m) => m.status !== 'LEFT')
      .map((m) => ({ id: m.id, name: m.enterprise.legalName })),
    standards: standards.map((s) => ({
      code: s.code,
      name: s.name,
      kind: s.kind,
      coversGroupMembers: s.coversGroupMembers,
    })),
    canManage: profile.viewer.canManage,
    /** Brokers of a programme the group enrolled in check certificates and may mark them broker-verified. */
    isBroker: user.platformRole === 'ADMIN' || brokering.includes(params.orgId!),
    groupName: profile.legalName,
    maxMb: Math.round(EVIDENCE_MAX_BYTES / (1024 * 1024)),
    /** Today (UTC) as the API reads certificate dates, so the checklist states the same readiness. */
    today: new Date().toISOString().slice(0, 10),
  };
}

/**
 * One intent: record a certificate, with its evidence file when one is chosen. Parts arrive in form
 * order and the file input comes last, so the certificate is created from the text fields before
 * the file's bytes are streamed on to the API.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const orgId = params.orgId!;
  const back = `/organisations/${orgId}/certifications`;
  if (!(request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    throw new Response('Send the certificate form as multipart/form-data.', { status: 415 });
  }

  const fields = new FormData();
  type Outcome =
    | { kind: 'invalid'; reply: ReturnType<typeof replyWithApiError> }
    | { kind: 'created'; certification: CertificationView; evidenceError: string | null; evidence: boolean };
  const state: { outcome: Outcome | null } = { outcome: null };

  /** Records the certificate from the text fields read so far. */
  const recordFromFields = async (): Promise<Outcome> => {
    const submission = parseWithZod(fields, { schema: CreateCertificationSchema });
    if (submission.status !== 'success') return { kind: 'invalid', reply: submission.reply() };
    const created = await api.createCertification(orgId, submission.value);
    if (!created.ok) return { kind: 'invalid', reply: replyWithApiError(submission, created) };
    return { kind: 'created', certification: created.data, evidenceError: null, evidence: false };
  };

  const handler: UploadHandler = async ({ name, filename, contentType, data }) => {
    if (filename === undefined) {
      const value = await readText(data, 20_000);
      fields.append(name, value);
      return value;
    }
    if (name !== 'evidence' || !filename || state.outcome) {
      await drain(data);
      return undefined;
    }
    const recorded = await recordFromFields();
    state.outcome = recorded;
    if (recorded.kind === 'invalid') {
      await drain(data);
      return undefined;
    }
    const error = await streamEvidence(api, recorded.certification.id, { filename, contentType, data });
    state.outcome = { ...recorded, evidenceError: error, evidence: error === null };
    return undefined;
  };
  await unstable_parseMultipartFormData(request, handler);

  // No file chosen: the certificate is recorded from the fields alone.
  const done = state.outcome ?? (await recordFromFields());
  if (done.kind === 'invalid') return { result: done.reply };
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
  const { certifications, members, standards, canManage, isBroker, groupName, maxMb } =
    useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const { orgId, certId } = useParams();
  // A certificate's own route (edit, evidence, verify, delete) takes the side panel.
  const panel = useOutlet();
  const path = (c: CertificationView, step: Parameters<typeof certificationPath>[2]) =>
    certificationPath(orgId!, c.id, step);
  return (
    <div className="layout-split">
      <section aria-labelledby="certs-title" className="layout-split__main stack">
        <h2 id="certs-title">Certifications</h2>
        <p className="muted small">
          Status follows the dates: <strong>valid</strong>, <strong>expiring</strong> within 60 days,{' '}
          <strong>expired</strong>. Certificates are evidence, not proof: self-declared, broker-verified and
          third-party-verified are shown apart. What each standard certifies and which requirements it also
          meets: see the <Link to="/standards">standards registry</Link>.
        </p>
        <CertificationList
          certifications={certifications}
          selectedId={certId}
          renderVerification={
            isBroker
              ? (c) =>
                  c.verification === 'BROKER_VERIFIED' ? (
                    <Form method="post" action={path(c, 'verify')} className="inline-form" preventScrollReset>
                      <input type="hidden" name="label" value={certificationLabel(c)} />
                      <input type="hidden" name="verification" value="SELF_DECLARED" />
                      <button
                        type="submit"
                        className="link-button"
                        aria-label={`Withdraw broker verification of ${certificationLabel(c)}`}
                      >
                        Withdraw verification
                      </button>
                    </Form>
                  ) : (
                    <Link
                      to={path(c, 'verify')}
                      preventScrollReset
                      className="button button--small button--primary"
                      aria-label={`Verify ${certificationLabel(c)} against its evidence`}
                    >
                      Verify…
                    </Link>
                  )
              : undefined
          }
          renderActions={
            canManage
              ? (c) => (
                  <details className="upload-details">
                    <summary>{c.evidence ? 'Replace file' : 'Upload file'}</summary>
                    <Form
                      method="post"
                      action={path(c, 'evidence')}
                      encType="multipart/form-data"
                      className="stack-sm"
                    >
                      <input
                        type="file"
                        name="evidence"
                        accept="application/pdf,image/png,image/jpeg"
                        aria-label={`Evidence file for ${c.standard.name}`}
                        required
                      />
                      <button type="submit" className="button button--small">
                        Upload
                      </button>
                    </Form>
                  </details>
                )
              : undefined
          }
          renderRowActions={
            canManage
              ? (c) => (
                  <Link
                    to={path(c, 'edit')}
                    preventScrollReset
                    className="small"
                    aria-label={`Edit ${certificationLabel(c)}`}
                  >
                    Edit
                  </Link>
                )
              : undefined
          }
        />
      </section>
      {panel ??
        (canManage ? (
          <CertificationForm
            key={certifications.length}
            members={members}
            standards={standards}
            groupName={groupName}
            maxMb={maxMb}
            lastResult={navigation.state === 'idle' && data ? data.result : null}
            pending={
              navigation.state === 'submitting' &&
              navigation.formAction === `/organisations/${orgId}/certifications`
            }
          />
        ) : (
          <CertificationsSideNote isBroker={isBroker} />
        ))}
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
  standards: Array<{
    code: string;
    name: string;
    kind: (typeof KIND_ORDER)[number];
    coversGroupMembers: boolean;
  }>;
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
        <InputField
          label="Certification body (optional)"
          meta={fields.certificationBody}
          placeholder="e.g. Ecocert, Control Union"
        />
        <InputField label="Valid from (optional)" meta={fields.validFrom} type="date" />
        <InputField
          label="Valid until"
          hint="Status follows this date: expiring within 60 days, then expired."
          meta={fields.validUntil}
          type="date"
        />
        <SelectField
          label="Verification"
          hint="Only a broker can mark a certificate broker-verified."
          meta={fields.verification}
        >
          <option value="SELF_DECLARED">Self-declared</option>
          <option value="THIRD_PARTY_VERIFIED">Third-party verified</option>
        </SelectField>
        <div className="field">
          <label htmlFor="evidence-file">Evidence (optional)</label>
          <p className="field-hint" id="evidence-hint">
            The certificate as PDF, PNG or JPEG, up to {maxMb} MB.
          </p>
          <input
            id="evidence-file"
            type="file"
            name="evidence"
            accept="application/pdf,image/png,image/jpeg"
            aria-describedby="evidence-hint"
          />
        </div>
        <SubmitButton pending={pending}>Record certificate</SubmitButton>
      </Form>
    </section>
  );
}
