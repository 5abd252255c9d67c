import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { type CatalogueItemView, CreateCatalogueItemSchema, type UpdateCatalogueItemInput } from '@linkage/contracts';
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import type { z } from 'zod';
import { Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { Form } from '~/components/form';
import { ErrorList, FormErrors, InputField, SelectField, SubmitButton, TextareaField } from '~/components/forms';
import { ProductPicker } from '~/components/product-picker';
import { PeriodOptions, UnitOptions } from '~/components/options';
import { CatalogueList, memberColours } from '~/components/profile';
import { GonePanel } from '~/components/ui';
import { ConfirmDelete } from '~/components/confirm-delete';
import { requireUser } from '~/lib/auth.server';
import { formatHsCode, formatRate, productWithCode } from '~/lib/format';
import { resolveProductField } from '~/lib/products.server';
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
  const inCatalogue = new Set(profile.catalogue.map((i) => i.productCode));
  // Suggested in the add form: committed products not yet in the catalogue, so adding twice in a
  // row does not make two identical drafts.
  const committedProducts = profile.capacityByProduct
    .filter((p) => p.entries.some((e) => e.committed && e.memberId) && !inCatalogue.has(p.productCode))
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
  if (formData.get('intent') === 'delete') {
    const itemId = String(formData.get('itemId') ?? '');
    const result = await api.deleteCatalogueItem(itemId);
    if (!result.ok) return { intent: 'delete' as const, itemId, error: result.error.message };
    return redirectWithNotice(request, back, `${String(formData.get('productLabel') ?? 'The item')} is deleted from the catalogue.`);
  }

  // Creating and editing share one form, which states the whole item.
  const submission = parseWithZod(
    withStandardCodes(resolveProductField(formData, 'productCode', { subheadingsOnly: true })),
    {
      schema: CreateCatalogueItemSchema,
    },
  );
  if (formData.get('intent') === 'update') {
    const itemId = String(formData.get('itemId') ?? '');
    if (submission.status !== 'success') return { intent: 'update' as const, itemId, result: submission.reply() };
    const result = await api.updateCatalogueItem(itemId, toUpdate(submission.value));
    if (!result.ok) return { intent: 'update' as const, itemId, result: replyWithApiError(submission, result, { listFields: ['standardCodes'] }) };
    return redirectWithNotice(request, back, `Saved ${result.data.productLabel}${result.data.published ? ' (published)' : ' (draft)'}.`);
  }
  if (submission.status !== 'success') return { intent: 'create' as const, result: submission.reply() };
  // The same product under the same name is almost always a second click, not a second item.
  const existing = await orThrow(request, await api.listCatalogue(orgId));
  const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
  const twin = existing.find((i) => i.productCode === submission.value.productCode && same(i.productLabel, submission.value.productLabel));
  if (twin)
    return {
      intent: 'create' as const,
      result: submission.reply({
        fieldErrors: { productLabel: [`${twin.productLabel} is already in the catalogue: edit it, or give this item another name (a grade, a pack size).`] },
      }),
    };
  const result = await api.createCatalogueItem(orgId, submission.value);
  if (!result.ok) return { intent: 'create' as const, result: replyWithApiError(submission, result, { listFields: ['standardCodes'] }) };
  return redirectWithNotice(request, back, `${result.data.productLabel} is in the catalogue as a draft. Publish it when ready.`);
}

/** The edit form's fields as a PATCH: an emptied optional field clears the value; photos are not edited here. */
function toUpdate(v: z.output<typeof CreateCatalogueItemSchema>): UpdateCatalogueItemInput {
  return {
    productCode: v.productCode,
    productLabel: v.productLabel,
    description: v.description ?? null,
    unit: v.unit,
    period: v.period,
    minimumOrder: v.minimumOrder ?? null,
    priceMin: v.priceMin ?? null,
    priceMax: v.priceMax ?? null,
    currency: v.currency ?? null,
    standardCodes: v.standardCodes,
  };
}

export default function Catalogue() {
  const { profile, committedProducts } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const [params] = useSearchParams();
  const colours = memberColours(profile.members);
  const canManage = profile.viewer.canManage;
  const editId = canManage ? params.get('edit') : null;
  const editing = editId ? profile.catalogue.find((i) => i.id === editId) : undefined;
  const pending = (intent: string) => navigation.state === 'submitting' && navigation.formData?.get('intent') === intent;
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
                  <div className="button-row">
                    <Form method="post" className="inline-form" preventScrollReset>
                      <input type="hidden" name="intent" value="publish" />
                      <input type="hidden" name="itemId" value={item.id} />
                      <input type="hidden" name="published" value={item.published ? 'false' : 'true'} />
                      <button
                        type="submit"
                        className={`button button--small${item.published ? '' : ' button--primary'}`}
                        aria-label={item.published ? `Unpublish ${item.productLabel}` : undefined}
                      >
                        {item.published ? 'Unpublish' : `Publish ${item.productLabel}`}
                      </button>
                      {data && data.intent === 'publish' && data.itemId === item.id ? (
                        <span className="field-errors" role="alert">
                          {data.error}
                        </span>
                      ) : null}
                    </Form>
                    <Link to={`?edit=${item.id}`} preventScrollReset className="button button--small" aria-label={`Edit ${item.productLabel}`}>
                      Edit
                    </Link>
                  </div>
                )
              : undefined
          }
        />
      </section>
      {!canManage ? (
        <aside className="panel layout-split__side muted">The group&apos;s coordinators manage the catalogue.</aside>
      ) : editId ? (
        editing ? (
          <ItemForm
            key={`${editing.id}-${editing.updatedAt}`}
            item={editing}
            committedProducts={committedProducts}
            lastResult={navigation.state === 'idle' && data && data.intent === 'update' && data.itemId === editing.id ? data.result : null}
            pending={pending('update')}
          />
        ) : (
          <GonePanel what="item" back="Back to adding items" />
        )
      ) : (
        <ItemForm
          key={profile.catalogue.length}
          committedProducts={committedProducts}
          lastResult={navigation.state === 'idle' && data && data.intent === 'create' ? data.result : null}
          pending={pending('create')}
        />
      )}
    </div>
  );
}

/** Adds an item, or with `item` edits it (and offers to delete it). */
function ItemForm({
  item,
  committedProducts,
  lastResult,
  pending,
}: {
  item?: CatalogueItemView;
  committedProducts: Array<{ code: string; label: string; unit: string }>;
  lastResult: ReturnType<typeof replyWithApiError> | null;
  pending: boolean;
}) {
  const data = useActionData<typeof action>();
  const first = committedProducts[0];
  const optional = (n: number | null) => (n == null ? '' : String(n));
  const [form, fields] = useForm<z.input<typeof CreateCatalogueItemSchema>>({
    id: item ? `catalogue-item-${item.id}` : 'catalogue-item',
    lastResult,
    constraint: getZodConstraint(CreateCatalogueItemSchema),
    defaultValue: item
      ? {
          productCode: item.productCode,
          productLabel: item.productLabel,
          description: item.description ?? '',
          unit: item.unit,
          period: item.period,
          minimumOrder: optional(item.minimumOrder),
          priceMin: optional(item.priceMin),
          priceMax: optional(item.priceMax),
          currency: item.currency ?? '',
        }
      : {
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
  const title = item ? `Edit ${item.productLabel}` : 'Add a catalogue item';
  return (
    <section aria-labelledby="item-title" className="panel layout-split__side">
      <h2 id="item-title">
        {title}
        {item ? <span className="muted small"> · {item.published ? 'published' : 'draft'}</span> : null}
      </h2>
      {item ? (
        <p className="muted small">Saving keeps the item {item.published ? 'published: buyers see the change at once' : 'a draft'}.</p>
      ) : committedProducts.length ? (
        <p className="muted small">
          Products with committed member capacity:{' '}
          {committedProducts.map((p) => `${p.label} (${formatHsCode(p.code)})`).join(', ')}.
        </p>
      ) : (
        <p className="muted small">No member has committed capacity yet; an item would show zero capacity until one does.</p>
      )}
      <Form method="post" {...getFormProps(form)} className="stack" preventScrollReset>
        <input type="hidden" name="intent" value={item ? 'update' : 'create'} />
        {item ? <input type="hidden" name="itemId" value={item.id} /> : null}
        <FormErrors id={form.errorId} errors={form.errors} />
        <ProductPicker
          label="Product"
          hint="Type its name in any language, or its 6-digit HS code."
          meta={fields.productCode}
          subheadingsOnly
          currentName={item ? productWithCode(item.productCode, item.productName) : undefined}
        />
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
        <div className={`field${fields.standardCodes.errors?.length ? ' field--invalid' : ''}`}>
          <label htmlFor="item-standards">Standards met (optional)</label>
          <p className="field-hint" id="item-standards-hint">
            Registry codes separated by commas, e.g. ORGANIC_EU, ECOCERT_COSMOS.
          </p>
          <input
            id="item-standards"
            type="text"
            name="standards"
            aria-describedby="item-standards-hint"
            defaultValue={item?.standardCodes.join(', ') ?? ''}
          />
          <ErrorList errors={fields.standardCodes.errors} />
        </div>
        {item ? (
          <div className="button-row">
            <SubmitButton pending={pending}>Save item</SubmitButton>
            <Link to="." className="button">
              Cancel
            </Link>
          </div>
        ) : (
          <SubmitButton pending={pending}>Add item</SubmitButton>
        )}
      </Form>
      {item ? (
        <ConfirmDelete
          action="Delete this item from the catalogue"
          question={`Delete ${item.productLabel}? Buyers no longer find it, and it cannot be brought back.`}
          confirm="Yes, delete the item"
          error={data && data.intent === 'delete' && data.itemId === item.id ? data.error : null}
        >
          <input type="hidden" name="intent" value="delete" />
          <input type="hidden" name="itemId" value={item.id} />
          <input type="hidden" name="productLabel" value={item.productLabel} />
        </ConfirmDelete>
      ) : null}
    </section>
  );
}
