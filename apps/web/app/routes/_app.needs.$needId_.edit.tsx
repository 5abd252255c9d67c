import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { UpdateSourcingNeedSchema } from '@linkage/contracts';
import { singularUnit } from '@linkage/domain';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { FormErrors, InputField, SubmitButton, TextareaField } from '~/components/forms';
import { requireUser } from '~/lib/auth.server';
import { unitLabel } from '~/lib/format';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Edit: ${data.need.title} — Linkage Exchange` : 'Edit need — Linkage Exchange' },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const need = await orThrow(request, await api.getNeed(params.needId!));
  return { need };
}

/**
 * The fields a buyer most often corrects once a need is out: what it says, how much, by when, at
 * what price. Every edit is a new version, matched again (the old ranking shows as outdated).
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const submission = parseWithZod(await request.formData(), { schema: UpdateSourcingNeedSchema });
  if (submission.status !== 'success') return submission.reply();
  const result = await api.updateNeed(params.needId!, submission.value);
  if (!result.ok) return replyWithApiError(submission, result);
  return redirectWithNotice(request, `/needs/${params.needId}`, 'Saved. Suppliers are being matched again.');
}

export default function EditNeed() {
  const { need } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(UpdateSourcingNeedSchema),
    shouldValidate: 'onBlur',
    defaultValue: {
      title: need.title,
      description: need.description ?? '',
      quantity: String(need.quantity),
      responseDeadline: need.responseDeadline,
      targetPrice: need.targetPrice === null ? '' : String(need.targetPrice),
      currency: need.currency ?? '',
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: UpdateSourcingNeedSchema }),
  });
  return (
    <section aria-labelledby="edit-title" className="stack-lg">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/needs/${need.id}`}>{need.title}</Link> <span aria-hidden="true">/</span> <span>Edit</span>
      </nav>
      <h1 id="edit-title">Edit the need</h1>
      <Form method="post" {...getFormProps(form)} className="stack form-narrow">
        <FormErrors id={form.errorId} errors={form.errors} />
        <InputField label="Title" meta={fields.title} />
        <TextareaField label="Description" meta={fields.description} />
        <InputField
          label={`Quantity per ${need.period.toLowerCase()} (${unitLabel(need.unit)})`}
          meta={fields.quantity}
          type="number"
          step="any"
          inputMode="decimal"
        />
        <InputField label="Response deadline" meta={fields.responseDeadline} type="date" />
        <InputField
          label={`Target price per ${singularUnit(need.unit)}`}
          meta={fields.targetPrice}
          type="number"
          step="any"
          inputMode="decimal"
        />
        <InputField label="Currency" hint="ISO code, such as USD, EUR or PEN" meta={fields.currency} />
        <div className="button-row">
          <SubmitButton pending={navigation.state === 'submitting'}>Save</SubmitButton>
          <Link to={`/needs/${need.id}`} className="button">
            Cancel
          </Link>
        </div>
      </Form>
    </section>
  );
}
