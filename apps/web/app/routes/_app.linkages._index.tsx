import type { LinkageView } from '@linkage/contracts';
import { LINKAGE_STAGES, type LinkageStage } from '@linkage/domain';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { Badge, EmptyState } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { metaT, pageTitle } from '~/lib/i18n-meta';
import { orThrow } from '~/lib/results.server';
import { useFormat } from '~/lib/use-format';

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, metaT(matches)('nav.linkages'))];

export async function loader({ request }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  return { linkages: await orThrow(request, await api.listLinkages()) };
}

/** The pipeline as a board: one column per stage, each linkage a card; everything is a link, no script needed. */
export default function LinkagesBoard() {
  const { linkages } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const format = useFormat();
  const byStage = new Map<LinkageStage, LinkageView[]>(LINKAGE_STAGES.map((s) => [s, []]));
  for (const l of linkages) byStage.get(l.stage)!.push(l);
  const stalled = linkages.filter((l) => l.stalled).length;
  return (
    <>
      <div className="page-header">
        <h1>{t('nav.linkages')}</h1>
        <p className="muted">
          {stalled
            ? t('linkages.summaryStalled', {
                linkages: t('linkages.count', { count: linkages.length }),
                stalled: t('linkages.stalledCount', { count: stalled }),
              })
            : t('linkages.summary', { linkages: t('linkages.count', { count: linkages.length }) })}
        </p>
      </div>
      {linkages.length === 0 ? (
        <EmptyState title={t('linkages.none.title')} icon="◇">
          <p>{t('linkages.none.text')}</p>
        </EmptyState>
      ) : (
        <div className="board" role="list" aria-label={t('linkages.byStage')}>
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
                  {t(`linkageStage.${stage}`)}{' '}
                  <span className="muted small">{format.number(items.length)}</span>
                </h2>
                <ul className="board__cards">
                  {items.map((l) => (
                    <li key={l.id} className="board__card">
                      <Link to={`/linkages/${l.id}`}>
                        <strong>{l.supplier.name}</strong>
                      </Link>
                      <span className="block small">{t('linkages.with', { buyer: l.leadFirm.name })}</span>
                      {l.nextAction ? (
                        <span className="block small muted">
                          {l.nextActionDue
                            ? t('linkages.nextBy', {
                                action: l.nextAction,
                                date: format.date(l.nextActionDue),
                              })
                            : t('linkages.next', { action: l.nextAction })}
                        </span>
                      ) : null}
                      <span className="block small muted">
                        {t('linkages.lastStep', { date: format.date(l.lastEventOn) })}
                      </span>
                      {l.stalled ? <Badge tone="warn">{t('linkages.stalled')}</Badge> : null}
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
