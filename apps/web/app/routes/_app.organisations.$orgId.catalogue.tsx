import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { CreateCatalogueItemSchema } from '@linkage/contracts';
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import type { z } from 'zod';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { FormErrors, InputField, SelectField, SubmitButton, TextareaField } from '~/components/forms';
import { PeriodOptions, UnitOptions } from '~/components/options';
import { CatalogueList, memberColours } from '~/components/profile';
import { requireUser } from '~/lib/auth.server';
import { formatHsCode, formatRate } from '~/lib/format';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

/** Standards are typed as one comma-separated field; the shared schema wants a list. */
function withStandardCodes(formData: FormData): FormData {
  const out = new FormData();
  for (const [key, value] of formData.entries()) if (key !== 'standards') out.append(key, value);
  String(formData.get('standards') ?? '')
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .forEach((code, i) => out.set(`standardCodes[${i}]`, code));
  return out;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const profile = await orThrow(request, await api.getProfile(params.orgId!));
  if (profile.kind !== 'PRODUCER_GROUP') throw new Response('Only producer groups publish a catalogue.', { status: 404 });
  const committedProducts = profile.capacityByProduct
    .filter((p) => p.entries.some((e) => e.committed && e.memberId))
    .map((p) => ({ code: p.productCode, label: p.productLabel, unit: p.entries.find((e) => e.committed)!.unit }));
  return { profile, committedProducts };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const orgId = params.orgId!;
  const back = `/organisations/${orgId}/catalogue`;
  const formData = await request.formData();
  if (formData.get('intent') === 'publish') {
    const itemId = String(formData.get('itemId') ?? '');
    const published = formData.get('published') === 'true';
    const result = await api.publishCatalogueItem(itemId, published);
    if (!result.ok) return { intent: 'publish' as const, itemId, error: result.error.message };
    const cap = result.data.capacity;
    return redirectWithNotice(
      request,
      back,
      published
        ? `${result.data.productLabel} is published, offering ${formatRate(cap.quantity, cap.unit, cap.period)} from ${cap.byMember.length} member${cap.byMember.length === 1 ? '' : 's'}.`
        : `${result.data.productLabel} is back to draft.`,
    );
  }
  const submission = parseWithZod(withStandardCodes(formData), { schema: CreateCatalogueItemSchema });
  if (submission.status !== 'success') return { intent: 'create' as const, result: submission.reply() };
  const result = await api.createCatalogueItem(orgId, submission.value);
  if (!result.ok) return { intent: 'create' as const, result: replyWithApiError(submission, result) };
  return redirectWithNotice(request, back, `${result.data.productLabel} is in the catalogue as a draft. Publish it when ready.`);
}

export default function Catalogue() {
  const { profile, committedProducts } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const colours = memberColours(profile.members);
  const canManage = profile.viewer.canManage;
  return (
    <div className="layout-split">
      <section aria-labelledby="cat-title" className="layout-split__main stack">
        <h2 id="cat-title">Joint catalogue</h2>
        <p className="muted small">
          An item&apos;s capacity is never typed in: it is the sum of the capacity that active members commit for its HS
          code, converted to the item&apos;s unit and period.
        </p>
        <CatalogueList
          items={profile.catalogue}
          colours={colours}
          renderActions={
            canManage
              ? (item) => (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="publish" />
                    <input type="hidden" name="itemId" value={item.id} />
                    <input type="hidden" name="published" value={item.published ? 'false' : 'true'} />
                    <button type="submit" className={`button button--small${item.published ? '' : ' button--primary'}`}>
                      {item.published ? 'Unpublish' : `Publish ${item.productLabel}`}
                    </button>
                    {data && data.intent === 'publish' && data.itemId === item.id ? (
                      <span className="field-errors" role="alert">
                        {data.error}
                      </span>
                    ) : null}
                  </Form>
                )
              : undefined
          }
        />
      </section>
      {canManage ? (
        <ItemForm
          key={profile.catalogue.length}
          committedProducts={committedProducts}
          lastResult={navigation.state === 'idle' && data && data.intent === 'create' ? data.result : null}
          pending={navigation.state === 'submitting' && navigation.formData?.get('intent') === 'create'}
        />
      ) : (
        <aside className="panel layout-split__side muted">The group&apos;s coordinators manage the catalogue.</aside>
      )}
    </div>
  );
}

function ItemForm({
  committedProducts,
  lastResult,
  pending,
}: {
  committedProducts: Array<{ code: string; label: string; unit: string }>;
  lastResult: ReturnType<typeof replyWithApiError> | null;
  pending: boolean;
}) {
  const first = committedProducts[0];
  const [form, fields] = useForm<z.input<typeof CreateCatalogueItemSchema>>({
    id: 'catalogue-item',
    lastResult,
    constraint: getZodConstraint(CreateCatalogueItemSchema),
    defaultValue: {
      productCode: first?.code ?? '',
      productLabel: first?.label ?? '',
      unit: first?.unit ?? 't',
      period: 'MONTH',
    },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    // Validating in the browser also keeps Conform from posting a server validation on every blur.
    onValidate: ({ formData }) => parseWithZod(withStandardCodes(formData), { schema: CreateCatalogueItemSchema }),
  });
  return (
    <section aria-labelledby="item-title" className="panel layout-split__side">
      <h2 id="item-title">Add a catalogue item</h2>
      {committedProducts.length ? (
        <p className="muted small">
          Products with committed member capacity:{' '}
          {committedProducts.map((p) => `${p.label} (${formatHsCode(p.code)})`).join(', ')}.
        </p>
      ) : (
        <p className="muted small">No member has committed capacity yet; an item would show zero capacity until one does.</p>
      )}
      <Form method="post" {...getFormProps(form)} className="stack">
        <input type="hidden" name="intent" value="create" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <InputField label="HS product code" meta={fields.productCode} inputMode="numeric" />
        <InputField label="Product label" meta={fields.productLabel} />
        <TextareaField label="Description (optional)" meta={fields.description} />
        <div className="field-row">
          <SelectField label="Unit" meta={fields.unit}>
            <UnitOptions />
          </SelectField>
          <SelectField label="Capacity per" meta={fields.period}>
            <PeriodOptions />
          </SelectField>
        </div>
        <InputField label="Minimum order (optional)" hint="In the item's unit." meta={fields.minimumOrder} type="number" step="any" min="0" />
        <div className="field-row">
          <InputField label="Price from" meta={fields.priceMin} type="number" step="any" min="0" />
          <InputField label="Price to" meta={fields.priceMax} type="number" step="any" min="0" />
          <InputField label="Currency" meta={fields.currency} placeholder="EUR" />
        </div>
        <div className="field">
          <label htmlFor="item-standards">Standards met (optional)</label>
          <p className="field-hint" id="item-standards-hint">
            Registry codes separated by commas, e.g. ORGANIC_EU, ECOCERT_COSMOS.
          </p>
          <input id="item-standards" type="text" name="standards" aria-describedby="item-standards-hint" />
        </div>
        <SubmitButton pending={pending}>Add item</SubmitButton>
      </Form>
    </section>
  );
}
