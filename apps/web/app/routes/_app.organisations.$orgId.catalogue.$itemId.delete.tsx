import type { ActionFunctionArgs } from '@remix-run/node';
import { useActionData, useParams } from '@remix-run/react';
import { catalogueItemPath, CatalogueItemPanel, cataloguePath } from '~/components/catalogue-item-form';
import { ConfirmStep } from '~/components/confirm-delete';
import { requireUser } from '~/lib/auth.server';
import { redirectWithNotice } from '~/lib/session.server';

/** One intent: delete a catalogue item, once the coordinator confirmed it here. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const label = String((await request.formData()).get('productLabel') ?? 'The item');
  const result = await api.deleteCatalogueItem(params.itemId!);
  if (!result.ok) return { error: result.error.message };
  return redirectWithNotice(request, cataloguePath(params.orgId!), `${label} is deleted from the catalogue.`);
}

/** The question before the delete: a page of its own, so it asks the same with or without script. */
export default function DeleteCatalogueItem() {
  const data = useActionData<typeof action>();
  const { orgId } = useParams();
  return (
    <CatalogueItemPanel>
      {(item) => (
        <ConfirmStep
          title={`Delete ${item.productLabel}?`}
          question={`Buyers no longer find ${item.productLabel}${item.published ? ', published today,' : ''} in the catalogue, and it cannot be brought back.`}
          confirm="Yes, delete the item"
          cancel={catalogueItemPath(orgId!, item.id, 'edit')}
          error={data?.error}
        >
          <input type="hidden" name="productLabel" value={item.productLabel} />
        </ConfirmStep>
      )}
    </CatalogueItemPanel>
  );
}
