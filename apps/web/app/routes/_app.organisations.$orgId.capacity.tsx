import { getFormProps, getInputProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { CreateCapacityEntrySchema, type GroupMemberView } from '@linkage/contracts';
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, useOutlet, useParams } from '@remix-run/react';
import { capacityEntryPath, capacityPath } from '~/components/capacity-panels';
import { Form } from '~/components/form';
import { FormErrors, InputField, SelectField, SubmitButton } from '~/components/forms';
import { MonthChecks, RateFields } from '~/components/options';
import { ProductPicker } from '~/components/product-picker';
import { CapacityByProduct, memberColours } from '~/components/profile';
import { Badge, TableScroll } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { formatMonths, formatRate, productWithCode } from '~/lib/format';
import { resolveProductField } from '~/lib/products.server';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

/**
 * The capacity page: the group's lines and, beside them, the form that records one. Each line's own
 * steps are routes under it (`$entryId.edit`, `.delete`), each one intent, filling the side panel in
 * place of the form; they read this loader's lines.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const profile = await orThrow(request, await api.getProfile(params.orgId!));
  if (profile.kind !== 'PRODUCER_GROUP')
    throw new Response('Only producer groups record capacity.', { status: 404 });
  return { profile };
}

/** One intent: record a capacity line. Editing and removing a line are routes of their own under this one. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const orgId = params.orgId!;
  const formData = await request.formData();
  const submission = parseWithZod(resolveProductField(formData, 'productCode', { subheadingsOnly: true }), {
    schema: CreateCapacityEntrySchema,
  });
  if (submission.status !== 'success') return submission.reply();
  // The form states the whole entry: an unticked box means not committed, for the group's own lines too.
  const result = await api.createCapacityEntry(orgId, {
    ...submission.value,
    committed: submission.value.committed ?? false,
  });
  if (!result.ok) return replyWithApiError(submission, result);
  return redirectWithNotice(
    request,
    capacityPath(orgId),
    `Recorded: ${result.data.productLabel}, ${formatRate(result.data.quantity, result.data.unit, result.data.period)}${result.data.committed ? ', committed to the group' : ''}.`,
  );
}

export default function Capacity() {
  const { profile } = useLoaderData<typeof loader>();
  const { orgId, entryId } = useParams();
  // A line's own route (edit, delete) takes the side panel.
  const panel = useOutlet();
  const entries = profile.capacityByProduct.flatMap((p) => p.entries);
  const names = new Map(profile.members.map((m) => [m.id, m.enterprise.legalName]));
  const colours = memberColours(profile.members);
  const canRecord = profile.viewer.isMember;
  return (
    <div className="layout-split">
      <section aria-labelledby="supply-title" className="layout-split__main stack-lg">
        <div>
          <h2 id="supply-title">What we supply</h2>
          <p className="muted">
            Each line is one member&apos;s capacity for a product. Only capacity a member{' '}
            <strong>commits</strong> to the group counts towards joint catalogue offers.
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
                  <tr key={e.id} className={e.id === entryId ? 'row--selected' : undefined}>
                    <td>
                      {e.productLabel}
                      <span className="block muted small">
                        {productWithCode(e.productCode, e.productName)}
                      </span>
                    </td>
                    <td>
                      {e.memberId ? (
                        (names.get(e.memberId) ?? 'Member')
                      ) : (
                        <span className="muted">Group</span>
                      )}
                    </td>
                    <td className="num">{formatRate(e.quantity, e.unit, e.period)}</td>
                    <td className="small">
                      {e.leadTimeDays == null ? '—' : `${e.leadTimeDays} days`}
                      <span className="block muted">{formatMonths(e.availableMonths)}</span>
                    </td>
                    <td>
                      {e.committed ? <Badge tone="good">committed</Badge> : <span className="muted">no</span>}
                    </td>
                    {canRecord ? (
                      <td>
                        <Link
                          to={capacityEntryPath(orgId!, e.id, 'edit')}
                          preventScrollReset
                          aria-label={`Edit ${e.productLabel} ${e.memberId ? (names.get(e.memberId) ?? '') : 'group'}`}
                        >
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
      ) : panel ? (
        panel
      ) : (
        <RecordCapacityForm key={entries.length} members={profile.members} />
      )}
    </div>
  );
}

function RecordCapacityForm({ members }: { members: GroupMemberView[] }) {
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const lastResult = navigation.state === 'idle' ? (data ?? null) : null;
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
        <SelectField
          label="Member"
          hint="Whose capacity this is. Only committed capacity counts towards what the group offers: its own lines and those of active members."
          meta={fields.memberId}
        >
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
        <InputField
          label="Lead time in days (optional)"
          meta={fields.leadTimeDays}
          type="number"
          min="0"
          step="1"
        />
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
