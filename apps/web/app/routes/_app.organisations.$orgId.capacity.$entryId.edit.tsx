import { getFormProps, getInputProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { type CapacityEntryView, UpdateCapacityEntrySchema } from '@linkage/contracts';
import type { ActionFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useNavigation, useParams } from '@remix-run/react';
import { CapacityEntryPanel, capacityEntryPath, capacityPath } from '~/components/capacity-panels';
import { Form } from '~/components/form';
import { FormErrors, InputField, SubmitButton } from '~/components/forms';
import { MonthChecks, RateFields } from '~/components/options';
import { RoutePanel } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { formatRate } from '~/lib/format';
import { replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

/** One intent: save a capacity line, at the version the form was opened with. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: UpdateCapacityEntrySchema });
  if (submission.status !== 'success') return { stale: false, result: submission.reply() };
  // Unchecked boxes send nothing: an edit form states the whole entry, so none = not committed / all year.
  const input = {
    ...submission.value,
    committed: formData.has('committed'),
    availableMonths: submission.value.availableMonths ?? [],
  };
  const result = await api.updateCapacityEntry(params.orgId!, params.entryId!, input);
  if (!result.ok) {
    if (result.status === 409) {
      return {
        stale: true,
        result: submission.reply({ formErrors: ['Someone else changed this entry after you opened it.'] }),
      };
    }
    return { stale: false, result: replyWithApiError(submission, result) };
  }
  return redirectWithNotice(
    request,
    capacityPath(params.orgId!),
    `Saved: ${result.data.productLabel}, ${formatRate(result.data.quantity, result.data.unit, result.data.period)}.`,
  );
}

export default function EditCapacityEntryRoute() {
  return (
    <CapacityEntryPanel>
      {(entry, memberName) => (
        <EditCapacityForm key={`${entry.id}-${entry.version}`} entry={entry} memberName={memberName} />
      )}
    </CapacityEntryPanel>
  );
}

function EditCapacityForm({ entry, memberName }: { entry: CapacityEntryView; memberName: string }) {
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const { orgId } = useParams();
  const [form, fields] = useForm({
    id: `edit-capacity-${entry.id}`,
    // After a stale save the page's loader has already re-read the entry: the form shows the newer version.
    lastResult: navigation.state === 'idle' && data && !data.stale ? data.result : null,
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
    <RoutePanel labelledBy="edit-title">
      <h2 id="edit-title">
        Edit {entry.productLabel} <span className="muted small">· {memberName}</span>
      </h2>
      <Form method="post" {...getFormProps(form)} className="stack" preventScrollReset>
        <FormErrors id={form.errorId} errors={form.errors} />
        {data?.stale ? (
          <div className="form-errors" role="alert">
            <p>
              <strong>Someone else changed this entry while you were editing it.</strong> Your change was not
              saved. The form now shows their version {entry.version}; make your change again.
            </p>
            <p>
              <a href={capacityEntryPath(orgId!, entry.id, 'edit')}>Reload this entry</a>
            </p>
          </div>
        ) : null}
        <input {...getInputProps(fields.version, { type: 'hidden' })} key={fields.version.key} />
        <InputField label="Product label" meta={fields.productLabel} />
        <RateFields quantity={fields.quantity} unit={fields.unit} period={fields.period} />
        <InputField label="Lead time in days" meta={fields.leadTimeDays} type="number" min="0" step="1" />
        <MonthChecks
          name={fields.availableMonths.name}
          selected={entry.availableMonths}
          legend="Months available (none ticked = all year)"
        />
        <label className="checkbox">
          <input {...getInputProps(fields.committed, { type: 'checkbox' })} key={fields.committed.key} />
          <span>
            <strong>Committed to the group</strong>
          </span>
        </label>
        <p className="muted small">
          You are editing version {entry.version}. If someone saves first, you will be told.
        </p>
        <div className="button-row">
          <SubmitButton pending={navigation.state === 'submitting'}>Save changes</SubmitButton>
          <Link to={capacityPath(orgId!)} className="button">
            Cancel
          </Link>
        </div>
      </Form>
      <p className="danger-zone">
        <Link
          to={capacityEntryPath(orgId!, entry.id, 'delete')}
          className="link-button link-button--danger"
          preventScrollReset
        >
          Remove this capacity line…
        </Link>
      </p>
    </RoutePanel>
  );
}
