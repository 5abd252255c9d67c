import { parseWithZod } from '@conform-to/zod/v4';
import { CreateCatalogueItemSchema, type UpdateCatalogueItemInput } from '@linkage/contracts';
import type { ActionFunctionArgs } from '@remix-run/node';
import { useActionData, useNavigation } from '@remix-run/react';
import type { z } from 'zod';
import {
  CatalogueItemPanel,
  cataloguePath,
  ItemForm,
  useCataloguePage,
  withStandardCodes,
} from '~/components/catalogue-item-form';
import { requireUser } from '~/lib/auth.server';
import { resolveProductField } from '~/lib/products.server';
import { replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

/** One intent: save a catalogue item. The form states the whole item, as when it was added. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const formData = await request.formData();
  const submission = parseWithZod(
    withStandardCodes(resolveProductField(formData, 'productCode', { subheadingsOnly: true })),
    { schema: CreateCatalogueItemSchema },
  );
  if (submission.status !== 'success') return submission.reply();
  const result = await api.updateCatalogueItem(params.itemId!, toUpdate(submission.value));
  if (!result.ok) return replyWithApiError(submission, result, { listFields: ['standardCodes'] });
  return redirectWithNotice(
    request,
    cataloguePath(params.orgId!),
    `Saved ${result.data.productLabel}${result.data.published ? ' (published)' : ' (draft)'}.`,
  );
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

export default function EditCatalogueItem() {
  const { committedProducts } = useCataloguePage();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  return (
    <CatalogueItemPanel>
      {(item) => (
        <ItemForm
          key={`${item.id}-${item.updatedAt}`}
          item={item}
          committedProducts={committedProducts}
          lastResult={navigation.state === 'idle' ? (lastResult ?? null) : null}
          pending={navigation.state === 'submitting'}
        />
      )}
    </CatalogueItemPanel>
  );
}
