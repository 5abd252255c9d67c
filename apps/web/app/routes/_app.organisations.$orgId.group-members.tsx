import { type FieldMetadata, getFormProps, getInputProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import {
  CreateGroupMemberSchema,
  type GroupMemberView,
  MEMBER_CSV_COLUMNS,
  type MemberImportReport,
  OrganisationProfileFieldsSchema,
  UpdateGroupMemberSchema,
} from '@linkage/contracts';
import { canTransitionGroupMember, GROUP_MEMBER_STATUSES, type GroupMemberStatus, REGISTRATION_TYPES } from '@linkage/domain';
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { Form } from '~/components/form';
import { z } from 'zod';
import { FormErrors, InputField, SelectField, SubmitButton, TextareaField } from '~/components/forms';
import { memberColours } from '~/components/profile';
import { Badge, EmptyState, GonePanel, TableScroll } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { formatDate, MEMBER_STATUS_TONE } from '~/lib/format';
import { listText } from '~/lib/list-field';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';
import { discardStagedCsv, readStagedCsv, StagedCsvGone, stageCsv } from '~/lib/csv-staging.server';
import { drain, readText, UploadTooLargeError } from '~/lib/uploads.server';

const CSV_MAX_BYTES = 2 * 1024 * 1024;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const profile = await orThrow(request, await api.getProfile(params.orgId!));
  if (profile.kind !== 'PRODUCER_GROUP') throw new Response('Only producer groups have member enterprises.', { status: 404 });
  return { members: profile.members, canManage: profile.viewer.canManage, today: new Date().toISOString().slice(0, 10) };
}

const profileShape = OrganisationProfileFieldsSchema.shape;

/**
 * Editing a member enterprise's profile: the form states the whole profile, so an emptied field
 * clears it and an unticked box is false. Products and sectors are typed as one list.
 */
const EditMemberFields = z.object({
  enterprise: z.object({
    legalName: profileShape.legalName,
    region: z.string().trim().max(120).optional(),
    employees: profileShape.employees.unwrap().optional(),
    foundedYear: profileShape.foundedYear.unwrap().optional(),
    registration: z.enum(REGISTRATION_TYPES, { error: 'Choose FORMAL or INFORMAL' }).optional(),
    womenOwned: z.boolean().optional(),
    youthLed: z.boolean().optional(),
    sectors: listText(z.string().max(120), 20, 'products or sectors'),
    description: z.string().trim().max(4000).optional(),
  }),
});

const EditMemberSchema = EditMemberFields.transform(({ enterprise: e }) => ({
  enterprise: {
    legalName: e.legalName,
    region: e.region ?? null,
    employees: e.employees ?? null,
    foundedYear: e.foundedYear ?? null,
    registration: e.registration ?? null,
    womenOwned: e.womenOwned ?? false,
    youthLed: e.youthLed ?? false,
    sectors: e.sectors,
    description: e.description ?? null,
  },
}));

type ImportState =
  | { intent: 'import'; stage: 'preview'; report: MemberImportReport; stagedId: string; fileName: string; error?: undefined }
  | { intent: 'import'; stage: 'rejected'; report: MemberImportReport | null; fileName: string; error: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const { api, user } = await requireUser(request);
  const orgId = params.orgId!;
  const back = `/organisations/${orgId}/group-members`;

  // The CSV preview: a multipart upload of the file, read as text and dry-run through the API.
  if ((request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    let csv = '';
    let fileName = 'members.csv';
    const handler: UploadHandler = async ({ name, filename, data }) => {
      if (name === 'file' && filename) {
        fileName = filename;
        csv = await readText(data, CSV_MAX_BYTES);
        return 'received';
      }
      if (filename === undefined) return readText(data, 10_000);
      await drain(data);
      return undefined;
    };
    try {
      await unstable_parseMultipartFormData(request, handler);
    } catch (error) {
      if (error instanceof UploadTooLargeError) {
        return { intent: 'import', stage: 'rejected', report: null, fileName, error: error.message } satisfies ImportState;
      }
      throw error;
    }
    if (!csv.trim()) {
      return { intent: 'import', stage: 'rejected', report: null, fileName, error: 'Choose a CSV file with a header line and one member per line.' } satisfies ImportState;
    }
    const result = await api.importGroupMembers(orgId, new Blob([csv], { type: 'text/csv' }), fileName, true);
    if (!result.ok) {
      return { intent: 'import', stage: 'rejected', report: null, fileName, error: result.error.message } satisfies ImportState;
    }
    // Only a file every row of which is valid can be imported: only that one waits for the confirmation.
    const stagedId = result.data.valid === result.data.total && result.data.errors.length === 0 ? await stageCsv({ organisationId: orgId, userId: user.id, fileName, csv }) : '';
    return { intent: 'import', stage: 'preview', report: result.data, stagedId, fileName } satisfies ImportState;
  }

  const formData = await request.formData();
  const intent = formData.get('intent');

  if (intent === 'import') {
    const stagedId = String(formData.get('stagedId') ?? '');
    let staged;
    try {
      staged = await readStagedCsv(stagedId, orgId, user.id);
    } catch (error) {
      if (error instanceof StagedCsvGone) return { intent: 'import', stage: 'rejected', report: null, fileName: 'members.csv', error: error.message } satisfies ImportState;
      throw error;
    }
    const { csv, fileName } = staged;
    const result = await api.importGroupMembers(orgId, new Blob([csv], { type: 'text/csv' }), fileName, false);
    if (!result.ok) {
      // All or nothing: a rejected file changed nothing. It passed its dry run, so what changed since
      // (a member of the same name added meanwhile) is in the API's answer, line by line.
      const lines = Object.entries(result.error.fields ?? {}).map(([where, why]) => `line ${where.replace('.', ', ')}: ${why}`);
      return {
        intent: 'import',
        stage: 'rejected',
        report: null,
        fileName,
        error: `Nothing was imported: ${lines.length ? lines.join('; ') : result.error.message}`,
      } satisfies ImportState;
    }
    await discardStagedCsv(stagedId);
    return redirectWithNotice(request, back, `Imported ${result.data.imported} member${result.data.imported === 1 ? '' : 's'} from ${fileName}.`);
  }

  if (intent === 'edit') {
    const memberId = String(formData.get('memberId') ?? '');
    const submission = parseWithZod(formData, { schema: EditMemberSchema });
    if (submission.status !== 'success') return { intent: 'edit' as const, memberId, result: submission.reply() };
    const result = await api.updateGroupMember(orgId, memberId, UpdateGroupMemberSchema.parse(submission.value));
    if (!result.ok) return { intent: 'edit' as const, memberId, result: replyWithApiError(submission, result, { listFields: ['enterprise.sectors'] }) };
    return redirectWithNotice(request, back, `Saved the profile of ${result.data.enterprise.legalName}.`);
  }

  if (intent === 'status') {
    const memberId = String(formData.get('memberId') ?? '');
    const status = String(formData.get('status') ?? '');
    const date = String(formData.get('date') ?? '') || undefined;
    const parsed = UpdateGroupMemberSchema.safeParse({
      status,
      ...(status === 'LEFT' ? { leftOn: date } : status === 'ACTIVE' ? { joinedOn: date } : {}),
    });
    if (!parsed.success) return { intent: 'status' as const, memberId, error: parsed.error.issues[0]?.message ?? 'Check the status and date.' };
    const result = await api.updateGroupMember(orgId, memberId, parsed.data);
    if (!result.ok) return { intent: 'status' as const, memberId, error: result.error.message };
    return redirectWithNotice(
      request,
      back,
      `${result.data.enterprise.legalName} is now ${result.data.status.toLowerCase()}${result.data.status === 'LEFT' && result.data.leftOn ? ` (left on ${formatDate(result.data.leftOn)})` : ''}.`,
    );
  }

  const submission = parseWithZod(formData, { schema: CreateGroupMemberSchema });
  if (submission.status !== 'success') return { intent: 'add' as const, result: submission.reply() };
  const result = await api.addGroupMember(orgId, submission.value);
  if (!result.ok) return { intent: 'add' as const, result: replyWithApiError(submission, result) };
  return redirectWithNotice(
    request,
    back,
    `${result.data.enterprise.legalName} ${result.data.status === 'INVITED' ? 'is invited' : 'is an active member'}.`,
  );
}

const STATUS_VERB: Record<GroupMemberStatus, string> = {
  INVITED: 'Invited',
  ACTIVE: 'Activate',
  SUSPENDED: 'Suspend',
  LEFT: 'Record that it left',
};

export default function GroupMembers() {
  const { members, canManage, today } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const editId = canManage ? params.get('edit') : null;
  const editing = editId ? members.find((m) => m.id === editId) : undefined;
  const colours = memberColours(members);
  const counts = GROUP_MEMBER_STATUSES.map((s) => ({ status: s, n: members.filter((m) => m.status === s).length }));
  return (
    <div className="layout-split">
      <div className="layout-split__main stack-lg">
        <section aria-labelledby="gm-title">
          <div className="section-heading">
            <h2 id="gm-title">Member enterprises</h2>
            <span className="chips">
              {counts
                .filter((c) => c.n > 0)
                .map((c) => (
                  <Badge key={c.status} tone={MEMBER_STATUS_TONE[c.status]}>
                    {c.n} {c.status.toLowerCase()}
                  </Badge>
                ))}
            </span>
          </div>
          {members.length === 0 ? (
            <EmptyState title="No member enterprises yet" icon="◎">
              <p>Add members one by one, or import them all from a CSV file.</p>
            </EmptyState>
          ) : (
            <TableScroll label="Member enterprises">
              <table className="table">
                <caption className="visually-hidden">Member enterprises</caption>
                <thead>
                  <tr>
                    <th scope="col">Enterprise</th>
                    <th scope="col">Status</th>
                    <th scope="col">Joined</th>
                    <th scope="col">Profile</th>
                    {canManage ? <th scope="col">Change status</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {members.map((m) => (
                    <tr key={m.id} className={m.id === editId ? 'row--selected' : undefined}>
                      <td>
                        <span className={`member-dot c${colours.get(m.id) ?? 0}`} aria-hidden="true" /> <strong>{m.enterprise.legalName}</strong>
                        {m.contactEmail ? <span className="block muted small">{m.contactEmail}</span> : null}
                      </td>
                      <td>
                        <Badge tone={MEMBER_STATUS_TONE[m.status]}>{m.status.toLowerCase()}</Badge>
                        {m.leftOn ? <span className="block muted small">left {formatDate(m.leftOn)}</span> : null}
                      </td>
                      <td>{m.joinedOn ? formatDate(m.joinedOn) : '—'}</td>
                      <td className="small">
                        {[
                          m.enterprise.region,
                          m.enterprise.employees != null ? `${m.enterprise.employees} staff` : null,
                          m.enterprise.foundedYear ? `founded ${m.enterprise.foundedYear}` : null,
                          m.enterprise.registration?.toLowerCase(),
                          m.enterprise.womenOwned ? 'women-owned' : null,
                          m.enterprise.youthLed ? 'youth-led' : null,
                          m.enterprise.sectors.join(', ') || null,
                        ]
                          .filter(Boolean)
                          .join(' · ') || '—'}
                        {canManage ? (
                          <Link
                            to={`?edit=${m.id}`}
                            preventScrollReset
                            className="block"
                          >
                            Edit profile<span className="visually-hidden"> of {m.enterprise.legalName}</span>
                          </Link>
                        ) : null}
                      </td>
                      {canManage ? (
                        <td>
                          <StatusForm member={m} today={today} error={data && 'intent' in data && data.intent === 'status' && data.memberId === m.id ? data.error : undefined} />
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
        {canManage ? <ImportSection state={data && data.intent === 'import' ? (data as ImportState) : null} /> : null}
      </div>
      {!canManage ? (
        <aside className="panel layout-split__side muted">The group&apos;s coordinators add and manage members.</aside>
      ) : editId ? (
        editing ? (
          <EditMemberForm key={editing.id} member={editing} />
        ) : (
          <GonePanel what="member" back="Back to adding members" />
        )
      ) : (
        <AddMemberForm key={members.length} />
      )}
    </div>
  );
}

function StatusForm({ member, today, error }: { member: GroupMemberView; today: string; error?: string }) {
  const next = GROUP_MEMBER_STATUSES.filter((s) => s !== 'INVITED' && canTransitionGroupMember(member.status, s));
  if (next.length === 0) return <span className="muted small">final</span>;
  return (
    <Form method="post" className="inline-form" aria-label={`Change status of ${member.enterprise.legalName}`}>
      <input type="hidden" name="intent" value="status" />
      <input type="hidden" name="memberId" value={member.id} />
      <select name="status" aria-label={`New status for ${member.enterprise.legalName}`} defaultValue={next[0]}>
        {next.map((s) => (
          <option key={s} value={s}>
            {STATUS_VERB[s]}
          </option>
        ))}
      </select>
      <input type="date" name="date" defaultValue={today} aria-label={`Date for ${member.enterprise.legalName}`} title="Joined on (activate) or left on (left)" />
      <button type="submit" className="button button--small">
        Apply
      </button>
      {error ? (
        <span className="field-errors" role="alert">
          {error}
        </span>
      ) : null}
    </Form>
  );
}

const TEMPLATE = `${MEMBER_CSV_COLUMNS.join(',')}\nCoopérative Tifaout,MA,Souss-Massa,FORMAL,24,2009,50K_250K,true,false,argan oil;cosmetics,fr;ar,30.42,-9.59,Women's argan cooperative,ACTIVE,2020-03-01,contact@example.org\n`;

function ImportSection({ state }: { state: ImportState | null }) {
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'import';
  const previewing = navigation.state === 'submitting' && navigation.formEncType === 'multipart/form-data';
  const report = state?.report ?? null;
  const importing = Number(navigation.formData?.get('rows') ?? report?.total ?? 0);
  const rowsWithErrors = report ? report.rows.filter((r) => r.errors.length > 0).length : 0;
  return (
    <section aria-labelledby="import-title" className="panel stack">
      <h2 id="import-title">Import members from CSV</h2>
      <p className="muted small">
        First a dry run: every row is checked and nothing is written. Then import: all rows in one go, or none if any
        row is wrong. Columns (any order, <code>legalName</code> required, lists separated by <code>;</code>):{' '}
        <code className="wrap">{MEMBER_CSV_COLUMNS.join(', ')}</code>.{' '}
        <a href={`data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`} download="members-template.csv">
          Download a template
        </a>
      </p>
      <Form method="post" encType="multipart/form-data" className="inline-form">
        <input type="hidden" name="intent" value="preview" />
        <label className="file-label">
          <span>CSV file</span>
          <input type="file" name="file" accept=".csv,text/csv" required />
        </label>
        <button type="submit" className="button" disabled={previewing}>
          {previewing ? 'Checking…' : 'Check file (dry run)'}
        </button>
      </Form>
      {previewing || busy ? (
        <div className="progress-card" role="status">
          <div className="progress-card__bar" aria-hidden="true">
            <span />
          </div>
          <p>
            <strong>{busy ? `Importing ${importing} row${importing === 1 ? '' : 's'}…` : 'Checking every row…'}</strong> This takes a
            few seconds for hundreds of rows.
          </p>
        </div>
      ) : null}
      {state?.error ? (
        <div className="form-errors" role="alert">
          <p>{state.error}</p>
        </div>
      ) : null}
      {report ? (
        <div className="stack" aria-label="Import preview">
          <p className="import-summary" role="status">
            <strong>{state?.fileName}</strong>: {report.total} row{report.total === 1 ? '' : 's'}, <span className="ok">{report.valid} valid</span>
            {rowsWithErrors ? (
              <>
                , <span className="bad">{rowsWithErrors} with errors</span>
              </>
            ) : null}
            .
          </p>
          <div className="meter" role="img" aria-label={`${report.valid} of ${report.total} rows valid`}>
            <span className="meter__ok" style={{ width: `${report.total ? (report.valid / report.total) * 100 : 0}%` }} />
          </div>
          <TableScroll label="Rows of the file and their errors" className="table-wrap--scroll">
            <table className="table table--compact">
              <caption className="visually-hidden">Rows of the file and their errors</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Line
                  </th>
                  <th scope="col">Member</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((r) => (
                  <tr key={r.line} className={r.errors.length ? 'row--error' : undefined}>
                    <td className="num">{r.line}</td>
                    <td>{r.legalName ?? <span className="muted">(no name)</span>}</td>
                    <td>
                      {r.errors.length === 0 ? (
                        <span className="ok">✓ ready</span>
                      ) : (
                        <ul className="row-errors">
                          {r.errors.map((e, i) => (
                            <li key={i}>
                              <code>{e.field}</code>: {e.reason}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {report.errors.filter((e) => !report.rows.some((r) => r.line === e.line)).length ? (
            <ul className="row-errors">
              {report.errors
                .filter((e) => !report.rows.some((r) => r.line === e.line))
                .map((e, i) => (
                  <li key={i}>
                    Line {e.line}, <code>{e.field}</code>: {e.reason}
                  </li>
                ))}
            </ul>
          ) : null}
          {report.valid === report.total && report.total > 0 && report.errors.length === 0 ? (
            <Form method="post" className="inline-form">
              <input type="hidden" name="intent" value="import" />
              <input type="hidden" name="stagedId" value={state?.stage === 'preview' ? state.stagedId : ''} />
              <input type="hidden" name="rows" value={report.total} />
              <SubmitButton pending={busy}>
                Import {report.total} member{report.total === 1 ? '' : 's'}
              </SubmitButton>
            </Form>
          ) : (
            <p className="muted">Fix the rows above in your file and check it again; nothing is imported until every row is valid.</p>
          )}
        </div>
      ) : null}
    </section>
  );
}

/** The member enterprise's own profile, as both the add and the edit form ask for it. */
function EnterpriseFields({
  enterprise,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  enterprise: Record<'legalName' | 'region' | 'employees' | 'foundedYear' | 'registration' | 'womenOwned' | 'youthLed', FieldMetadata<any, any, any>>;
}) {
  return (
    <>
      <InputField label="Enterprise name" meta={enterprise.legalName} />
      <InputField label="Region (optional)" meta={enterprise.region} />
      <div className="field-row">
        <InputField label="Employees" meta={enterprise.employees} type="number" min="0" step="1" />
        <InputField label="Founded" meta={enterprise.foundedYear} type="number" min="1800" step="1" />
      </div>
      <SelectField label="Registration" meta={enterprise.registration}>
        <option value="">Not stated</option>
        <option value="FORMAL">Formal (registered)</option>
        <option value="INFORMAL">Informal</option>
      </SelectField>
      <div className="checkbox-row">
        <label className="checkbox">
          <input {...getInputProps(enterprise.womenOwned, { type: 'checkbox' })} key={enterprise.womenOwned.key} /> Women-owned
        </label>
        <label className="checkbox">
          <input {...getInputProps(enterprise.youthLed, { type: 'checkbox' })} key={enterprise.youthLed.key} /> Youth-led
        </label>
      </div>
    </>
  );
}

function AddMemberForm() {
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const lastResult = navigation.state === 'idle' && data && data.intent === 'add' ? data.result : null;
  const [form, fields] = useForm({
    id: 'add-member',
    lastResult,
    constraint: getZodConstraint(CreateGroupMemberSchema),
    defaultValue: { status: 'INVITED' },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CreateGroupMemberSchema }),
  });
  const enterprise = fields.enterprise.getFieldset();
  return (
    <section aria-labelledby="add-title" className="panel layout-split__side">
      <h2 id="add-title">Add a member</h2>
      <Form method="post" {...getFormProps(form)} className="stack">
        <input type="hidden" name="intent" value="add" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <EnterpriseFields enterprise={enterprise} />
        <SelectField label="Status" hint="Invite: the member still has to confirm. Active: already part of the group." meta={fields.status}>
          <option value="INVITED">Invite</option>
          <option value="ACTIVE">Active now</option>
        </SelectField>
        <InputField label="Joined on (optional)" meta={fields.joinedOn} type="date" />
        <InputField label="Contact e-mail (optional)" hint="We e-mail this address that the group added the enterprise." meta={fields.contactEmail} type="email" />
        <SubmitButton pending={navigation.state === 'submitting' && navigation.formData?.get('intent') === 'add'}>Add member</SubmitButton>
      </Form>
    </section>
  );
}

function EditMemberForm({ member }: { member: GroupMemberView }) {
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const mine = data && data.intent === 'edit' && data.memberId === member.id ? data : null;
  const e = member.enterprise;
  const [form, fields] = useForm({
    id: `edit-member-${member.id}`,
    lastResult: navigation.state === 'idle' && mine ? mine.result : null,
    // Constraints come from the fields alone (Conform cannot read them through a transform).
    constraint: getZodConstraint(EditMemberFields),
    defaultValue: {
      enterprise: {
        legalName: e.legalName,
        region: e.region ?? '',
        employees: e.employees == null ? '' : String(e.employees),
        foundedYear: e.foundedYear == null ? '' : String(e.foundedYear),
        registration: e.registration ?? '',
        womenOwned: e.womenOwned ? 'on' : '',
        youthLed: e.youthLed ? 'on' : '',
        sectors: e.sectors.join(', '),
        description: e.description ?? '',
      },
    },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: EditMemberSchema }),
  });
  const enterprise = fields.enterprise.getFieldset();
  return (
    <section aria-labelledby="edit-member-title" className="panel layout-split__side">
      <h2 id="edit-member-title">
        Edit {e.legalName} <span className="muted small">· {member.status.toLowerCase()}</span>
      </h2>
      <Form method="post" {...getFormProps(form)} className="stack" preventScrollReset>
        <input type="hidden" name="intent" value="edit" />
        <input type="hidden" name="memberId" value={member.id} />
        <FormErrors id={form.errorId} errors={form.errors} />
        <EnterpriseFields enterprise={enterprise} />
        <InputField label="Products and sectors" hint="Separated by commas, e.g. argan oil, amlou." meta={enterprise.sectors} />
        <TextareaField label="Description" meta={enterprise.description} />
        <div className="button-row">
          <SubmitButton pending={navigation.state === 'submitting' && navigation.formData?.get('intent') === 'edit'}>Save profile</SubmitButton>
          <Link to="." className="button">
            Cancel
          </Link>
        </div>
      </Form>
    </section>
  );
}
