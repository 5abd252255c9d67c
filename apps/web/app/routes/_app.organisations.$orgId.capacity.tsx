import { getFormProps, getInputProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import {
  type CapacityEntryView,
  CreateCapacityEntrySchema,
  type GroupMemberView,
  UpdateCapacityEntrySchema,
} from '@linkage/contracts';
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { Form } from '~/components/form';
import { FormErrors, InputField, SelectField, SubmitButton } from '~/components/forms';
import { MonthChecks, RateFields } from '~/components/options';
import { ProductPicker } from '~/components/product-picker';
import { CapacityByProduct, memberColours } from '~/components/profile';
import { Badge, GonePanel, TableScroll } from '~/components/ui';
import { ConfirmDelete } from '~/components/confirm-delete';
import { requireUser } from '~/lib/auth.server';
import { formatMonths, formatRate, productWithCode } from '~/lib/format';
import { resolveProductField } from '~/lib/products.server';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const profile = await orThrow(request, await api.getProfile(params.orgId!));
  if (profile.kind !== 'PRODUCER_GROUP') throw new Response('Only producer groups record capacity.', { status: 404 });
  return { profile };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const orgId = params.orgId!;
  const formData = await request.formData();
  const back = `/organisations/${orgId}/capacity`;

  if (formData.get('intent') === 'delete') {
    const entryId = String(formData.get('entryId') ?? '');
    const version = Number(formData.get('version'));
    const result = await api.deleteCapacityEntry(orgId, entryId, version);
    if (!result.ok) {
      if (result.status === 409) {
        return { intent: 'update' as const, entryId, stale: true, result: null };
      }
      return { intent: 'update' as const, entryId, stale: false, result: null, error: result.error.message };
    }
    return redirectWithNotice(request, back, 'Capacity line removed.');
  }

  if (formData.get('intent') === 'update') {
    const entryId = String(formData.get('entryId') ?? '');
    const submission = parseWithZod(formData, { schema: UpdateCapacityEntrySchema });
    if (submission.status !== 'success') return { intent: 'update' as const, entryId, stale: false, result: submission.reply() };
    // Unchecked boxes send nothing: an edit form states the whole entry, so none = not committed / all year.
    const input = {
      ...submission.value,
      committed: formData.has('committed'),
      availableMonths: submission.value.availableMonths ?? [],
    };
    const result = await api.updateCapacityEntry(orgId, entryId, input);
    if (!result.ok) {
      if (result.status === 409) {
        return {
          intent: 'update' as const,
          entryId,
          stale: true,
          result: submission.reply({ formErrors: ['Someone else changed this entry after you opened it.'] }),
        };
      }
      return { intent: 'update' as const, entryId, stale: false, result: replyWithApiError(submission, result) };
    }
    return redirectWithNotice(request, back, `Saved: ${result.data.productLabel}, ${formatRate(result.data.quantity, result.data.unit, result.data.period)}.`);
  }

  const submission = parseWithZod(resolveProductField(formData, 'productCode', { subheadingsOnly: true }), {
    schema: CreateCapacityEntrySchema,
  });
  if (submission.status !== 'success') return { intent: 'create' as const, entryId: null, stale: false, result: submission.reply() };
  // The form states the whole entry: an unticked box means not committed, for the group's own lines too.
  const result = await api.createCapacityEntry(orgId, { ...submission.value, committed: submission.value.committed ?? false });
  if (!result.ok) return { intent: 'create' as const, entryId: null, stale: false, result: replyWithApiError(submission, result) };
  return redirectWithNotice(
    request,
    back,
    `Recorded: ${result.data.productLabel}, ${formatRate(result.data.quantity, result.data.unit, result.data.period)}${result.data.committed ? ', committed to the group' : ''}.`,
  );
}

export default function Capacity() {
  const { profile } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const editId = params.get('edit');
  const entries = profile.capacityByProduct.flatMap((p) => p.entries);
  const editing = editId ? entries.find((e) => e.id === editId) : undefined;
  const names = new Map(profile.members.map((m) => [m.id, m.enterprise.legalName]));
  const colours = memberColours(profile.members);
  const canRecord = profile.viewer.isMember;
  return (
    <div className="layout-split">
      <section aria-labelledby="supply-title" className="layout-split__main stack-lg">
        <div>
          <h2 id="supply-title">What we supply</h2>
          <p className="muted">
            Each line is one member&apos;s capacity for a product. Only capacity a member <strong>commits</strong> to the
            group counts towards joint catalogue offers.
          </p>
        </div>
        <CapacityByProduct products={profile.capacityByProduct} names={names} colours={colours} />
        {entries.length > 0 ? (
          <TableScroll label="Capacity lines">
            <table className="table">
              <caption className="visually-hidden">Capacity lines</caption>
              <thead>
                <tr>
                  <th scope="col">Product</th>
                  <th scope="col">Member</th>
                  <th scope="col" className="num">
                    Capacity
                  </th>
                  <th scope="col">Lead time · months</th>
                  <th scope="col">Committed</th>
                  {canRecord ? (
                    <th scope="col">
                      <span className="visually-hidden">Edit</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.id} className={e.id === editId ? 'row--selected' : undefined}>
                    <td>
                      {e.productLabel}
                      <span className="block muted small">
                        {productWithCode(e.productCode, e.productName)}
                      </span>
                    </td>
                    <td>{e.memberId ? (names.get(e.memberId) ?? 'Member') : <span className="muted">Group</span>}</td>
                    <td className="num">{formatRate(e.quantity, e.unit, e.period)}</td>
                    <td className="small">
                      {e.leadTimeDays == null ? '—' : `${e.leadTimeDays} days`}
                      <span className="block muted">{formatMonths(e.availableMonths)}</span>
                    </td>
                    <td>{e.committed ? <Badge tone="good">committed</Badge> : <span className="muted">no</span>}</td>
                    {canRecord ? (
                      <td>
                        <Link to={`?edit=${e.id}`} preventScrollReset aria-label={`Edit ${e.productLabel} ${e.memberId ? (names.get(e.memberId) ?? '') : 'group'}`}>
                          Edit
                        </Link>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : null}
      </section>
      {!canRecord ? (
        <aside className="panel layout-split__side muted">Members of this group record its capacity.</aside>
      ) : editId ? (
        editing ? (
          <EditCapacityForm key={`${editing.id}-${editing.version}`} entry={editing} memberName={editing.memberId ? (names.get(editing.memberId) ?? 'Member') : 'Group'} />
        ) : (
          <GonePanel what="entry" back="Back to recording" />
        )
      ) : (
        <RecordCapacityForm key={entries.length} members={profile.members} />
      )}
    </div>
  );
}

function RecordCapacityForm({ members }: { members: GroupMemberView[] }) {
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const lastResult = navigation.state === 'idle' && data?.intent === 'create' ? data.result : null;
  const [form, fields] = useForm({
    id: 'record-capacity',
    lastResult,
    constraint: getZodConstraint(CreateCapacityEntrySchema),
    defaultValue: { unit: 't', period: 'MONTH', committed: 'on' },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CreateCapacityEntrySchema }),
  });
  const eligible = members.filter((m) => m.status !== 'LEFT');
  return (
    <section aria-labelledby="record-title" className="panel layout-split__side">
      <h2 id="record-title">Record capacity</h2>
      <Form method="post" {...getFormProps(form)} className="stack">
        <FormErrors id={form.errorId} errors={form.errors} />
        <SelectField label="Member" hint="Whose capacity this is. Only committed capacity counts towards what the group offers: its own lines and those of active members." meta={fields.memberId}>
          <option value="">The group itself</option>
          {eligible.map((m) => (
            <option key={m.id} value={m.id}>
              {m.enterprise.legalName}
              {m.status !== 'ACTIVE' ? ` (${m.status.toLowerCase()})` : ''}
            </option>
          ))}
        </SelectField>
        <ProductPicker
          label="Product"
          hint="Type its name in any language, or its 6-digit HS code."
          meta={fields.productCode}
          subheadingsOnly
        />
        <InputField label="Product label" meta={fields.productLabel} placeholder="e.g. Argan oil" />
        <RateFields quantity={fields.quantity} unit={fields.unit} period={fields.period} />
        <InputField label="Lead time in days (optional)" meta={fields.leadTimeDays} type="number" min="0" step="1" />
        <MonthChecks name={fields.availableMonths.name} legend="Months available (none ticked = all year)" />
        <label className="checkbox">
          <input {...getInputProps(fields.committed, { type: 'checkbox' })} key={fields.committed.key} />
          <span>
            <strong>Committed to the group</strong>
            <span className="block muted small">The member promises this capacity for joint offers.</span>
          </span>
        </label>
        <SubmitButton pending={navigation.state === 'submitting'}>Record capacity</SubmitButton>
      </Form>
    </section>
  );
}

function EditCapacityForm({ entry, memberName }: { entry: CapacityEntryView; memberName: string }) {
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const mine = data?.intent === 'update' && data.entryId === entry.id ? data : null;
  const [form, fields] = useForm({
    id: `edit-capacity-${entry.id}`,
    // After a stale save the loader has already re-read the entry: the form shows the newer version.
    lastResult: navigation.state === 'idle' && mine && !mine.stale ? (mine.result ?? null) : null,
    constraint: getZodConstraint(UpdateCapacityEntrySchema),
    defaultValue: {
      version: String(entry.version),
      productLabel: entry.productLabel,
      quantity: String(entry.quantity),
      unit: entry.unit,
      period: entry.period,
      leadTimeDays: entry.leadTimeDays == null ? '' : String(entry.leadTimeDays),
      committed: entry.committed ? 'on' : '',
    },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: UpdateCapacityEntrySchema }),
  });
  return (
    <section aria-labelledby="edit-title" className="panel layout-split__side">
      <h2 id="edit-title">
        Edit {entry.productLabel} <span className="muted small">· {memberName}</span>
      </h2>
      <Form method="post" {...getFormProps(form)} className="stack" preventScrollReset>
        <FormErrors id={form.errorId} errors={form.errors} />
        {mine?.stale ? (
          <div className="form-errors" role="alert">
            <p>
              <strong>Someone else changed this entry while you were editing it.</strong> Your change was not saved.
              The form now shows their version {entry.version}; make your change again.
            </p>
            <p>
              <a href={`?edit=${entry.id}`}>Reload this entry</a>
            </p>
          </div>
        ) : null}
        <input type="hidden" name="intent" value="update" />
        <input type="hidden" name="entryId" value={entry.id} />
        <input {...getInputProps(fields.version, { type: 'hidden' })} key={fields.version.key} />
        <InputField label="Product label" meta={fields.productLabel} />
        <RateFields quantity={fields.quantity} unit={fields.unit} period={fields.period} />
        <InputField label="Lead time in days" meta={fields.leadTimeDays} type="number" min="0" step="1" />
        <MonthChecks name={fields.availableMonths.name} selected={entry.availableMonths} legend="Months available (none ticked = all year)" />
        <label className="checkbox">
          <input {...getInputProps(fields.committed, { type: 'checkbox' })} key={fields.committed.key} />
          <span>
            <strong>Committed to the group</strong>
          </span>
        </label>
        <p className="muted small">You are editing version {entry.version}. If someone saves first, you will be told.</p>
        <div className="button-row">
          <SubmitButton pending={navigation.state === 'submitting'}>Save changes</SubmitButton>
          <Link to="." className="button">
            Cancel
          </Link>
        </div>
      </Form>
      <ConfirmDelete
        action="Remove this capacity line"
        question={`Remove ${entry.productLabel} from what the group supplies? Matching and the catalogue stop counting it.`}
        confirm="Yes, remove the line"
        error={mine && 'error' in mine ? mine.error : null}
      >
        <input type="hidden" name="intent" value="delete" />
        <input type="hidden" name="entryId" value={entry.id} />
        <input type="hidden" name="version" value={entry.version} />
      </ConfirmDelete>
    </section>
  );
}
