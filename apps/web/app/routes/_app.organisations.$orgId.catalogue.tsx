import { parseWithZod } from '@conform-to/zod/v4';
import { CreateCatalogueItemSchema } from '@linkage/contracts';
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, useOutlet, useParams } from '@remix-run/react';
import {
  catalogueItemPath,
  cataloguePath,
  ItemForm,
  withStandardCodes,
} from '~/components/catalogue-item-form';
import { Form } from '~/components/form';
import { CatalogueList, memberColours } from '~/components/profile';
import { requireUser } from '~/lib/auth.server';
import { formatRate } from '~/lib/format';
import { resolveProductField } from '~/lib/products.server';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

/**
 * The catalogue page: the group's items and, beside them, the form that adds one. Each item's own
 * steps are routes under it (`$itemId.edit`, `.delete`), each one intent, filling the side panel in
 * place of the form; they read this loader's items.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const profile = await orThrow(request, await api.getProfile(params.orgId!));
  if (profile.kind !== 'PRODUCER_GROUP')
    throw new Response('Only producer groups publish a catalogue.', { status: 404 });
  const inCatalogue = new Set(profile.catalogue.map((i) => i.productCode));
  // Suggested in the add form: committed products not yet in the catalogue, so adding twice in a
  // row does not make two identical drafts.
  const committedProducts = profile.capacityByProduct
    .filter((p) => p.entries.some((e) => e.committed && e.memberId) && !inCatalogue.has(p.productCode))
    .map((p) => ({
      code: p.productCode,
      label: p.productLabel,
      unit: p.entries.find((e) => e.committed)!.unit,
    }));
  return { profile, committedProducts };
}

/**
 * The list's intents: add an item, and publish or unpublish one (a toggle on its row). Editing and
 * deleting an item are routes of their own under this one.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const orgId = params.orgId!;
  const back = cataloguePath(orgId);
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

  const submission = parseWithZod(
    withStandardCodes(resolveProductField(formData, 'productCode', { subheadingsOnly: true })),
    { schema: CreateCatalogueItemSchema },
  );
  if (submission.status !== 'success') return { intent: 'create' as const, result: submission.reply() };
  // The same product under the same name is almost always a second click, not a second item.
  const existing = await orThrow(request, await api.listCatalogue(orgId));
  const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
  const twin = existing.find(
    (i) =>
      i.productCode === submission.value.productCode && same(i.productLabel, submission.value.productLabel),
  );
  if (twin)
    return {
      intent: 'create' as const,
      result: submission.reply({
        fieldErrors: {
          productLabel: [
            `${twin.productLabel} is already in the catalogue: edit it, or give this item another name (a grade, a pack size).`,
          ],
        },
      }),
    };
  const result = await api.createCatalogueItem(orgId, submission.value);
  if (!result.ok)
    return {
      intent: 'create' as const,
      result: replyWithApiError(submission, result, { listFields: ['standardCodes'] }),
    };
  return redirectWithNotice(
    request,
    back,
    `${result.data.productLabel} is in the catalogue as a draft. Publish it when ready.`,
  );
}

export default function Catalogue() {
  const { profile, committedProducts } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const { orgId } = useParams();
  // An item's own route (edit, delete) takes the side panel.
  const panel = useOutlet();
  const colours = memberColours(profile.members);
  const canManage = profile.viewer.canManage;
  return (
    <div className="layout-split">
      <section aria-labelledby="cat-title" className="layout-split__main stack">
        <h2 id="cat-title">Joint catalogue</h2>
        <p className="muted small">
          An item&apos;s capacity is never typed in: it is the sum of the capacity that active members commit
          for its HS code, converted to the item&apos;s unit and period.
        </p>
        <CatalogueList
          items={profile.catalogue}
          colours={colours}
          renderActions={
            canManage
              ? (item) => (
                  <div className="button-row">
                    <Form
                      method="post"
                      action={cataloguePath(orgId!)}
                      className="inline-form"
                      preventScrollReset
                    >
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
                    <Link
                      to={catalogueItemPath(orgId!, item.id, 'edit')}
                      preventScrollReset
                      className="button button--small"
                      aria-label={`Edit ${item.productLabel}`}
                    >
                      Edit
                    </Link>
                  </div>
                )
              : undefined
          }
        />
      </section>
      {!canManage ? (
        <aside className="panel layout-split__side muted">
          The group&apos;s coordinators manage the catalogue.
        </aside>
      ) : panel ? (
        panel
      ) : (
        <ItemForm
          key={profile.catalogue.length}
          committedProducts={committedProducts}
          lastResult={navigation.state === 'idle' && data && data.intent === 'create' ? data.result : null}
          pending={navigation.state === 'submitting' && navigation.formData?.get('intent') !== 'publish'}
        />
      )}
    </div>
  );
}
