import { parseWithZod } from '@conform-to/zod/v4';
import {
  CreateUpgradingActionSchema,
  type UpgradingActionView,
  type UpgradingPlanView,
} from '@linkage/contracts';
import { UPGRADING_ACTION_OWNERS, daysBetween, formatMoney, isActionOpen } from '@linkage/domain';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, useOutlet } from '@remix-run/react';
import { ActionStatusButtons } from '~/components/upgrading-action-status';
import {
  ActionForm,
  upgradingActionPath,
  upgradingPlanPath,
  wholeAction,
} from '~/components/upgrading-action-form';
import { Badge } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { formatDate } from '~/lib/format';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';
import {
  ACTION_KIND_LABEL,
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

/**
 * One intent: add an action to the plan. Each action's own steps are routes under the plan
 * (`actions.$actionId.edit`, `.status`, `.delete`), filling the side panel in place of this form.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const planId = params.planId!;
  const submission = parseWithZod(await request.formData(), { schema: CreateUpgradingActionSchema });
  if (submission.status !== 'success') return submission.reply();
  const input = wholeAction(submission.value);
  const saved = await api.addUpgradingAction(planId, input);
  if (!saved.ok) return replyWithApiError(submission, saved);
  return redirectWithNotice(request, upgradingPlanPath(planId), `Added: ${input.title}.`);
}

export default function UpgradingPlanPage() {
  const { plan, providers } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  // An action's own route (edit, status, delete) takes the side panel.
  const panel = useOutlet();
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
              <ActionCard key={a.id} planId={plan.id} action={a} editable={plan.editable} />
            ))}
          </ul>
        </section>
        {panel ??
          (plan.editable ? (
            <section aria-labelledby="action-title" className="panel layout-split__side">
              <ActionForm
                key={plan.actions.length}
                action={undefined}
                planId={plan.id}
                providers={providers}
                lastResult={navigation.state === 'idle' ? lastResult : null}
                pending={
                  navigation.state === 'submitting' && navigation.formAction === upgradingPlanPath(plan.id)
                }
              />
            </section>
          ) : null)}
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
  planId,
  action: a,
  editable,
}: {
  planId: string;
  action: UpgradingActionView;
  editable: boolean;
}) {
  const overdue = isActionOpen(a.status) && a.dueOn < new Date().toISOString().slice(0, 10);
  return (
    <li className="card stack-sm">
      <p className="small muted">
        {ACTION_KIND_LABEL[a.kind]}
        {a.standardCode ? ` · ${a.standardName ?? a.standardCode}` : ''}
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
      {editable ? (
        <div className="button-row">
          <ActionStatusButtons planId={planId} action={a} />
          <Link
            to={upgradingActionPath(planId, a.id, 'edit')}
            className="button button--small"
            preventScrollReset
          >
            Edit<span className="visually-hidden"> {a.title}</span>
          </Link>
          <Link
            to={upgradingActionPath(planId, a.id, 'delete')}
            className="link-button link-button--danger"
            preventScrollReset
          >
            Remove from the plan…
          </Link>
        </div>
      ) : null}
    </li>
  );
}
