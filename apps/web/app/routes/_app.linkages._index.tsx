import type { LinkageView } from '@linkage/contracts';
import { LINKAGE_STAGES, type LinkageStage } from '@linkage/domain';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { Badge, EmptyState } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { formatDate } from '~/lib/format';
import { LINKAGE_STAGE_LABEL } from '~/lib/linkages';
import { orThrow } from '~/lib/results.server';

export const meta: MetaFunction = () => [{ title: 'Linkages — Linkage Exchange' }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  return { linkages: await orThrow(request, await api.listLinkages()) };
}

/** The pipeline as a board: one column per stage, each linkage a card; everything is a link, no script needed. */
export default function LinkagesBoard() {
  const { linkages } = useLoaderData<typeof loader>();
  const byStage = new Map<LinkageStage, LinkageView[]>(LINKAGE_STAGES.map((s) => [s, []]));
  for (const l of linkages) byStage.get(l.stage)!.push(l);
  const stalled = linkages.filter((l) => l.stalled).length;
  return (
    <>
      <div className="page-header">
        <h1>Linkages</h1>
        <p className="muted">
          {linkages.length} linkage{linkages.length === 1 ? '' : 's'} from introduction to repeat supply
          {stalled ? `; ${stalled} stalled (no step for over 30 days)` : ''}.
        </p>
      </div>
      {linkages.length === 0 ? (
        <EmptyState title="No linkages yet" icon="◇">
          <p>
            A linkage starts when a buyer awards an offer (or, soon, when a broker’s introduction is
            accepted).
          </p>
        </EmptyState>
      ) : (
        <div className="board" role="list" aria-label="Linkages by stage">
          {[...byStage]
            .filter(
              ([stage, items]) =>
                items.length > 0 || !['ENDED', 'PHASED_OUT', 'UNDER_REVIEW'].includes(stage),
            )
            .map(([stage, items]) => (
              <section
                key={stage}
                className="board__column"
                role="listitem"
                aria-labelledby={`stage-${stage}`}
              >
                <h2 id={`stage-${stage}`} className="board__title">
                  {LINKAGE_STAGE_LABEL[stage]} <span className="muted small">{items.length}</span>
                </h2>
                <ul className="board__cards">
                  {items.map((l) => (
                    <li key={l.id} className="board__card">
                      <Link to={`/linkages/${l.id}`}>
                        <strong>{l.supplier.name}</strong>
                      </Link>
                      <span className="block small">with {l.leadFirm.name}</span>
                      {l.nextAction ? (
                        <span className="block small muted">
                          Next: {l.nextAction}
                          {l.nextActionDue ? `, by ${formatDate(l.nextActionDue)}` : ''}
                        </span>
                      ) : null}
                      <span className="block small muted">last step {formatDate(l.lastEventOn)}</span>
                      {l.stalled ? <Badge tone="warn">stalled</Badge> : null}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
        </div>
      )}
    </>
  );
}
