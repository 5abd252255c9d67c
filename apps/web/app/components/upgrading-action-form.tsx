import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import {
  type CreateUpgradingActionInput,
  CreateUpgradingActionSchema,
  type ServiceProviderView,
  type UpgradingActionView,
} from '@linkage/contracts';
import { UPGRADING_ACTION_KINDS, UPGRADING_ACTION_OWNERS } from '@linkage/domain';
import { Link, useParams, useRouteLoaderData } from '@remix-run/react';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { Form } from '~/components/form';
import { ErrorList, FormErrors, InputField, SelectField, SubmitButton } from '~/components/forms';
import { GonePanel } from '~/components/ui';
import type { replyWithApiError } from '~/lib/results.server';
import { ACTION_KIND_LABEL, OWNER_LABEL } from '~/lib/upgrading';
import type { loader as planLoader } from '~/routes/_app.upgrading-plans.$planId';

/** The plan's page: its actions, and the side panel each action's route fills. */
export function upgradingPlanPath(planId: string): string {
  return `/upgrading-plans/${planId}`;
}

/** One action's page under the plan: its edit form, its status change, its removal. */
export function upgradingActionPath(
  planId: string,
  actionId: string,
  step: 'edit' | 'status' | 'delete',
): string {
  return `${upgradingPlanPath(planId)}/actions/${actionId}/${step}`;
}

/**
 * The form states the whole action, for adding as for editing: a field left empty is sent as null,
 * so an edit clears it.
 */
export function wholeAction(value: CreateUpgradingActionInput) {
  return {
    ...value,
    standardCode: value.standardCode ?? null,
    ownerName: value.ownerName ?? null,
    serviceProviderId: value.serviceProviderId ?? null,
    neededBy: value.neededBy ?? null,
    costAmount: value.costAmount ?? null,
    currency: value.currency ?? null,
  };
}

/**
 * The side panel of one action's route: the action named in the address (from the plan's loader),
 * or a note that it is gone. Only those who keep the plan reach its steps.
 */
export function UpgradingActionPanel({
  children,
}: {
  children: (action: UpgradingActionView, page: { providers: ServiceProviderView[] }) => ReactNode;
}) {
  const page = useRouteLoaderData<typeof planLoader>('routes/_app.upgrading-plans.$planId');
  const { planId, actionId } = useParams();
  if (!page) throw new Error('The action routes render inside the upgrading plan page.');
  const action = page.plan.editable ? page.plan.actions.find((a) => a.id === actionId) : undefined;
  if (!action) return <GonePanel what="action" back="Back to the plan" to={upgradingPlanPath(planId!)} />;
  return <>{children(action, page)}</>;
}

/**
 * Adding an action to the plan, or editing one: one schema, the API's own. Its heading is
 * `action-title`, for the panel around it to be labelled by.
 */
export function ActionForm({
  action: a,
  planId,
  providers,
  lastResult,
  pending,
}: {
  action: UpgradingActionView | undefined;
  planId: string;
  providers: ServiceProviderView[];
  lastResult: ReturnType<typeof replyWithApiError> | null | undefined;
  pending: boolean;
}) {
  const text = (n: number | null | undefined) => (n == null ? '' : String(n));
  const [form, fields] = useForm<z.input<typeof CreateUpgradingActionSchema>>({
    id: a ? `action-${a.id}` : 'action-new',
    lastResult: lastResult ?? undefined,
    constraint: getZodConstraint(CreateUpgradingActionSchema),
    defaultValue: a
      ? {
          kind: a.kind,
          title: a.title,
          standardCode: a.standardCode ?? '',
          owner: a.owner,
          ownerName: a.ownerName ?? '',
          serviceProviderId: a.serviceProvider?.id ?? '',
          dueOn: a.dueOn,
          neededBy: a.neededBy ?? '',
          costAmount: text(a.costAmount),
          currency: a.currency ?? '',
          sharing: {
            LEAD_FIRM: text(a.sharing.LEAD_FIRM),
            PROGRAMME: text(a.sharing.PROGRAMME),
            SUPPLIER: text(a.sharing.SUPPLIER),
          },
        }
      : { kind: 'TRAINING', owner: 'SUPPLIER', sharing: { LEAD_FIRM: '0', PROGRAMME: '0', SUPPLIER: '100' } },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CreateUpgradingActionSchema }),
  });
  const sharing = fields.sharing.getFieldset();
  return (
    <>
      <h2 id="action-title">{a ? `Edit: ${a.title}` : 'Add an action'}</h2>
      <Form method="post" {...getFormProps(form)} className="stack" preventScrollReset>
        <FormErrors id={form.errorId} errors={form.errors} />
        <SelectField label="Kind" meta={fields.kind}>
          {UPGRADING_ACTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {ACTION_KIND_LABEL[k]}
            </option>
          ))}
        </SelectField>
        <InputField label="What is to be done" meta={fields.title} />
        <InputField
          label="Standard aimed at (certification only)"
          hint="Recording its certificate closes the action, e.g. ORGANIC_EU"
          meta={fields.standardCode}
        />
        <div className="stack-sm">
          <SelectField label="Owner" meta={fields.owner}>
            {UPGRADING_ACTION_OWNERS.map((o) => (
              <option key={o} value={o}>
                {OWNER_LABEL[o]}
              </option>
            ))}
          </SelectField>
          <InputField label="Person (optional)" meta={fields.ownerName} />
        </div>
        <SelectField
          label="Service provider"
          hint="From the directory of service providers (link below)"
          meta={fields.serviceProviderId}
        >
          <option value="">None yet</option>
          {providers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.legalName} ({p.country})
            </option>
          ))}
        </SelectField>
        <InputField label="Due" type="date" meta={fields.dueOn} />
        <InputField
          label="Needed by (optional)"
          hint="When the supplier must have it done; left empty, the first delivery"
          type="date"
          meta={fields.neededBy}
        />
        <div className="field-row">
          <InputField
            label="Cost"
            type="number"
            step="0.01"
            min={0}
            inputMode="decimal"
            meta={fields.costAmount}
          />
          <InputField label="Currency" placeholder="MAD" meta={fields.currency} />
        </div>
        <fieldset>
          <legend>Who pays (percent, adding up to 100)</legend>
          <div className="sharing-fields">
            <InputField
              label="Lead firm"
              type="number"
              min={0}
              inputMode="numeric"
              meta={sharing.LEAD_FIRM}
            />
            <InputField
              label="Programme"
              type="number"
              min={0}
              inputMode="numeric"
              meta={sharing.PROGRAMME}
            />
            <InputField label="Supplier" type="number" min={0} inputMode="numeric" meta={sharing.SUPPLIER} />
          </div>
          <ErrorList id={fields.sharing.errorId} errors={fields.sharing.errors} />
        </fieldset>
        <SubmitButton pending={pending}>{a ? 'Save the action' : 'Add the action'}</SubmitButton>
        <Link to="/service-providers">The directory of service providers</Link>
        {a ? (
          <Link to={upgradingPlanPath(planId)} preventScrollReset>
            Cancel the edit
          </Link>
        ) : null}
      </Form>
    </>
  );
}
