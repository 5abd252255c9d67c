import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { type CatalogueItemView, CreateCatalogueItemSchema } from '@linkage/contracts';
import { Link, useParams, useRouteLoaderData } from '@remix-run/react';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import {
  ErrorList,
  FormErrors,
  InputField,
  SelectField,
  SubmitButton,
  TextareaField,
} from '~/components/forms';
import { Form } from '~/components/form';
import { PeriodOptions, UnitOptions } from '~/components/options';
import { ProductPicker } from '~/components/product-picker';
import { GonePanel, RoutePanel } from '~/components/ui';
import { formatHsCode, productWithCode } from '~/lib/format';
import type { replyWithApiError } from '~/lib/results.server';
import type { loader as catalogueLoader } from '~/routes/_app.organisations.$orgId.catalogue';

export function cataloguePath(orgId: string): string {
  return `/organisations/${orgId}/catalogue`;
}

export function catalogueItemPath(orgId: string, itemId: string, step: 'edit' | 'delete'): string {
  return `${cataloguePath(orgId)}/${itemId}/${step}`;
}

/** The catalogue page's data, for an item's step routes, which render inside it. */
export function useCataloguePage() {
  const page = useRouteLoaderData<typeof catalogueLoader>('routes/_app.organisations.$orgId.catalogue');
  if (!page) throw new Error('The catalogue item routes render inside the catalogue page.');
  return page;
}

/**
 * A catalogue item's step (edit, delete) in the catalogue page's side panel. The item comes from
 * the page's loader, so a step costs no second API call; one deleted meanwhile says so. The page
 * shows its own note instead of the panel to anyone who does not manage the group.
 */
export function CatalogueItemPanel({ children }: { children: (item: CatalogueItemView) => ReactNode }) {
  const { profile } = useCataloguePage();
  const { orgId, itemId } = useParams();
  const item = profile.catalogue.find((i) => i.id === itemId);
  if (!item) return <GonePanel what="item" back="Back to adding items" to={cataloguePath(orgId!)} />;
  return <>{children(item)}</>;
}

/** Standards are typed as one comma-separated field; the shared schema wants a list. */
export function withStandardCodes(formData: FormData): FormData {
  const out = new FormData();
  for (const [key, value] of formData.entries()) if (key !== 'standards') out.append(key, value);
  String(formData.get('standards') ?? '')
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .forEach((code, i) => out.set(`standardCodes[${i}]`, code));
  return out;
}

/** Adds an item, or with `item` edits it (and links to its delete step). */
export function ItemForm({
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
  const { orgId } = useParams();
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
    onValidate: ({ formData }) =>
      parseWithZod(withStandardCodes(formData), { schema: CreateCatalogueItemSchema }),
  });
  const title = item ? `Edit ${item.productLabel}` : 'Add a catalogue item';
  const Panel = item ? RoutePanel : AddPanel;
  return (
    <Panel labelledBy="item-title">
      <h2 id="item-title">
        {title}
        {item ? <span className="muted small"> · {item.published ? 'published' : 'draft'}</span> : null}
      </h2>
      {item ? (
        <p className="muted small">
          Saving keeps the item {item.published ? 'published: buyers see the change at once' : 'a draft'}.
        </p>
      ) : committedProducts.length ? (
        <p className="muted small">
          Products with committed member capacity:{' '}
          {committedProducts.map((p) => `${p.label} (${formatHsCode(p.code)})`).join(', ')}.
        </p>
      ) : (
        <p className="muted small">
          No member has committed capacity yet; an item would show zero capacity until one does.
        </p>
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
        <InputField
          label="Minimum order (optional)"
          hint="In the item's unit."
          meta={fields.minimumOrder}
          type="number"
          step="any"
          min="0"
        />
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
            <Link to={cataloguePath(orgId!)} className="button">
              Cancel
            </Link>
          </div>
        ) : (
          <SubmitButton pending={pending}>Add item</SubmitButton>
        )}
      </Form>
      {item ? (
        <p className="danger-zone">
          <Link
            to={catalogueItemPath(orgId!, item.id, 'delete')}
            className="link-button link-button--danger"
            preventScrollReset
          >
            Delete this item from the catalogue…
          </Link>
        </p>
      ) : null}
    </Panel>
  );
}

/** The add form's panel: the page's own side panel, in view from the start. */
function AddPanel({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <section aria-labelledby={labelledBy} className="panel layout-split__side">
      {children}
    </section>
  );
}
