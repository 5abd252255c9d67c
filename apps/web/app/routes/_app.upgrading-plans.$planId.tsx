import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import {
  CreateUpgradingActionSchema,
  type ServiceProviderView,
  type UpgradingActionView,
  type UpgradingPlanView,
} from '@linkage/contracts';
import { UPGRADING_ACTION_KINDS, UPGRADING_ACTION_OWNERS, daysBetween, formatMoney, isActionOpen } from '@linkage/domain';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { Form } from '~/components/form';
import type { z } from 'zod';
import { ConfirmDelete } from '~/components/confirm-delete';
import { ErrorList, FormErrors, InputField, SelectField, SubmitButton } from '~/components/forms';
import { Badge } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { formatDate } from '~/lib/format';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';
import {
  ACTION_KIND_LABEL,
  ACTION_MOVE_LABEL,
  ACTION_STATUS_LABEL,
  ACTION_STATUS_TONE,
  OWNER_LABEL,
  WARNING_TITLE,
} from '~/lib/upgrading';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `Upgrading plan: ${data.plan.supplier.name} — Linkage Exchange`
      : 'Upgrading plan — Linkage Exchange',
  },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const plan = await orThrow(request, await api.getUpgradingPlan(params.planId!));
  const providers = plan.editable ? await orThrow(request, await api.listServiceProviders()) : [];
  return { plan, providers };
}

/** Add or edit an action (one schema for both), move its status, or delete it: plain forms. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const planId = params.planId!;
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? 'add');
  const actionId = String(formData.get('actionId') ?? '');
  const back = `/upgrading-plans/${planId}`;
  if (intent === 'status' || intent === 'delete') {
    const done =
      intent === 'delete'
        ? await api.deleteUpgradingAction(planId, actionId)
        : await api.updateUpgradingAction(planId, actionId, {
            status: String(formData.get('status')) as UpgradingActionView['status'],
          });
    if (!done.ok) return { intent, actionId, result: null, error: done.error.message };
    return redirectWithNotice(
      request,
      back,
      intent === 'delete' ? 'Action removed from the plan.' : 'Status changed.',
    );
  }
  const submission = parseWithZod(formData, { schema: CreateUpgradingActionSchema });
  if (submission.status !== 'success') return { intent, actionId, result: submission.reply(), error: null };
  // The form states the whole action: a field left empty clears it.
  const input = {
    ...submission.value,
    standardCode: submission.value.standardCode ?? null,
    ownerName: submission.value.ownerName ?? null,
    serviceProviderId: submission.value.serviceProviderId ?? null,
    neededBy: submission.value.neededBy ?? null,
    costAmount: submission.value.costAmount ?? null,
    currency: submission.value.currency ?? null,
  };
  const saved =
    intent === 'edit'
      ? await api.updateUpgradingAction(planId, actionId, input)
      : await api.addUpgradingAction(planId, input);
  if (!saved.ok) return { intent, actionId, result: replyWithApiError(submission, saved), error: null };
  return redirectWithNotice(
    request,
    back,
    intent === 'edit' ? `Saved: ${input.title}.` : `Added: ${input.title}.`,
  );
}

export default function UpgradingPlanPage() {
  const { plan, providers } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const editing = plan.actions.find((a) => a.id === params.get('edit'));
  const pending = useNavigation().state !== 'idle';
  const leadFirm = plan.need?.leadFirm ?? plan.linkage?.leadFirm;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        {plan.need ? (
          <Link to={`/needs/${plan.need.id}`}>{plan.need.title}</Link>
        ) : plan.linkage ? (
          <Link to={`/linkages/${plan.linkage.id}`}>Linkage</Link>
        ) : null}{' '}
        <span aria-hidden="true">/</span> <span>Upgrading plan</span>
      </nav>
      <div className="page-header">
        <h1>Upgrading plan: {plan.supplier.name}</h1>
        <p className="muted">
          {plan.need
            ? `For ${leadFirm?.name}’s need “${plan.need.title}”`
            : `For the linkage with ${leadFirm?.name}`}{' '}
          · drawn up {formatDate(plan.createdAt.slice(0, 10))}
          {plan.editable ? '' : ' · you can follow it; the supplier and its programme keep it'}
        </p>
      </div>
      <Readiness plan={plan} />
      <div className="layout-split">
        <section aria-labelledby="actions-title" className="layout-split__main stack">
          <h2 id="actions-title">Actions</h2>
          {plan.actions.length === 0 ? (
            <p className="muted">No actions yet: the supplier is ready as it is.</p>
          ) : null}
          <ul className="card-list upgrading-actions">
            {plan.actions.map((a) => (
              <ActionCard
                key={a.id}
                action={a}
                editable={plan.editable}
                error={data?.actionId === a.id ? data.error : null}
              />
            ))}
          </ul>
        </section>
        {plan.editable ? (
          <ActionForm
            key={editing?.id ?? 'new'}
            action={editing}
            providers={providers}
            lastResult={data && (data.intent === 'add' || data.actionId === editing?.id) ? data.result : null}
            pending={pending}
          />
        ) : null}
      </div>
    </>
  );
}

/** When the supplier will be ready, on a line from today to twelve months on, with the first delivery marked. */
function Readiness({ plan }: { plan: UpgradingPlanView }) {
  const r = plan.readiness;
  const today = new Date().toISOString().slice(0, 10);
  const span = Math.max(1, daysBetween(today, r.horizonEnd));
  const at = (date: string) => `${Math.min(100, Math.max(0, (daysBetween(today, date) / span) * 100))}%`;
  const late = !r.inTime || !r.withinHorizon;
  return (
    <section aria-labelledby="readiness-title" className="panel stack-sm readiness">
      <h2 id="readiness-title">
        Ready {r.readyOn ? `by ${formatDate(r.readyOn)}` : 'now'}{' '}
        {late ? <Badge tone="bad">overruns</Badge> : <Badge tone="good">in time</Badge>}
      </h2>
      <dl className="facts">
        <div>
          <dt>First delivery</dt>
          <dd>
            {r.firstDelivery ? formatDate(r.firstDelivery) : 'not set (a linkage plan)'}
            {r.beforeFirstDelivery === false ? (
              <span className="block small muted">some actions finish after it: see when each is needed</span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Twelve-month horizon</dt>
          <dd>{formatDate(r.horizonEnd)}</dd>
        </div>
      </dl>
      <div className="readiness__line" aria-hidden="true">
        {r.readyOn ? (
          <span
            className={`readiness__fill${late ? ' readiness__fill--late' : ''}`}
            style={{ width: at(r.readyOn) }}
          />
        ) : null}
        {r.firstDelivery ? <span className="readiness__mark" style={{ insetInlineStart: at(r.firstDelivery) }} /> : null}
      </div>
      <p className="small muted">
        Today on the left, twelve months on the right; the mark is the first delivery.
      </p>
      {r.warnings.length ? (
        <div className="form-errors" role="alert">
          {r.warnings.map((w) => (
            <p key={w.code}>
              <strong>{WARNING_TITLE[w.code]}.</strong> {w.message}.
            </p>
          ))}
        </div>
      ) : null}
    </section>
  );
}

function ActionCard({
  action: a,
  editable,
  error,
}: {
  action: UpgradingActionView;
  editable: boolean;
  error: string | null;
}) {
  const overdue = isActionOpen(a.status) && a.dueOn < new Date().toISOString().slice(0, 10);
  return (
    <li className="card stack-sm">
      <p className="small muted">
        {ACTION_KIND_LABEL[a.kind]}
        {a.standardCode ? ` · ${a.standardCode}` : ''}
      </p>
      <h3>
        {a.title}{' '}
        <Badge tone={ACTION_STATUS_TONE[a.status]}>{ACTION_STATUS_LABEL[a.status].toLowerCase()}</Badge>
        {overdue ? <Badge tone="bad">overdue</Badge> : null}
      </h3>
      {a.gap ? <p className="small">Closes: {a.gap}</p> : null}
      <dl className="facts">
        <div>
          <dt>Owner</dt>
          <dd>
            {OWNER_LABEL[a.owner]}
            {a.ownerName ? ` (${a.ownerName})` : ''}
          </dd>
        </div>
        <div>
          <dt>Provider</dt>
          <dd>{a.serviceProvider ? a.serviceProvider.name : 'none chosen'}</dd>
        </div>
        <div>
          <dt>Due</dt>
          <dd>
            {formatDate(a.dueOn)}
            {a.neededBy ? (
              <span className="block small muted">needed by {formatDate(a.neededBy)}</span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Cost</dt>
          <dd>
            {a.costAmount === null ? 'not costed' : formatMoney(a.costAmount, a.currency ?? undefined)}
            <span className="block small muted">
              {UPGRADING_ACTION_OWNERS.filter((o) => a.sharing[o] > 0)
                .map(
                  (o) =>
                    `${OWNER_LABEL[o].toLowerCase()} ${a.sharing[o]}%${a.shares ? ` (${formatMoney(a.shares[o], a.currency ?? undefined)})` : ''}`,
                )
                .join(', ')}
            </span>
          </dd>
        </div>
      </dl>
      {a.closedByCertificateId ? <p className="small">Closed when the certificate was recorded.</p> : null}
      {error ? (
        <p className="field-errors" role="alert">
          {error}
        </p>
      ) : null}
      {editable ? (
        <div className="button-row">
          {a.nextStatuses.map((s) => (
            <Form key={s} method="post" preventScrollReset>
              <input type="hidden" name="intent" value="status" />
              <input type="hidden" name="actionId" value={a.id} />
              <input type="hidden" name="status" value={s} />
              <button type="submit" className="button button--small">
                {a.status === 'DONE' ? 'Reopen' : ACTION_MOVE_LABEL[s]}
              </button>
            </Form>
          ))}
          <Link to={`?edit=${a.id}#action-title`} className="button button--small" preventScrollReset>
            Edit
          </Link>
        </div>
      ) : null}
      {editable ? (
        <ConfirmDelete
          action="Remove from the plan"
          question={`Remove “${a.title}” from the plan? Its dates and costs go with it.`}
          confirm="Yes, remove it"
        >
          <input type="hidden" name="intent" value="delete" />
          <input type="hidden" name="actionId" value={a.id} />
        </ConfirmDelete>
      ) : null}
    </li>
  );
}

function ActionForm({
  action: a,
  providers,
  lastResult,
  pending,
}: {
  action: UpgradingActionView | undefined;
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
    <section aria-labelledby="action-title" className="panel layout-split__side">
      <h2 id="action-title">{a ? `Edit: ${a.title}` : 'Add an action'}</h2>
      <Form method="post" {...getFormProps(form)} className="stack" preventScrollReset>
        <input type="hidden" name="intent" value={a ? 'edit' : 'add'} />
        {a ? <input type="hidden" name="actionId" value={a.id} /> : null}
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
          <Link to="?" preventScrollReset>
            Cancel the edit
          </Link>
        ) : null}
      </Form>
    </section>
  );
}
