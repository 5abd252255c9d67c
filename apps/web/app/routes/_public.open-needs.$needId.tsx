import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { Trans, useTranslation } from 'react-i18next';
import { EligibilityChip } from '~/components/matching';
import { NeedFacts } from '~/components/need-facts';
import { i18nServer, requestLocale } from '~/lib/i18n.server';
import { metaT, pageTitle } from '~/lib/i18n-meta';
import { publicApi } from '~/lib/api.server';
import { getSession } from '~/lib/session.server';
import { useFormat } from '~/lib/use-format';
import { StandardName } from '~/components/reference-names';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  pageTitle(matches, data ? data.need.title : metaT(matches)('openNeed.sourcingNeed')),
];

/**
 * A sourcing need as search shows it: what the buyer asks for, for anyone who may find it. The API
 * decides who may (a public need taking answers, or the people it concerns); otherwise 404.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = (await getSession(request)).get('token') ?? undefined;
  const locale = await requestLocale(request);
  const result = await publicApi(locale).getOpenNeed(params.needId!, token);
  if (!result.ok) {
    if (result.status >= 500) throw new Response(result.error.message, { status: 503 });
    const t = await i18nServer.getFixedT(locale);
    throw new Response(t('openNeed.notShown'), { status: 404, statusText: 'Not Found' });
  }
  return { need: result.data, signedIn: Boolean(token) };
}

export default function OpenNeed() {
  const { need, signedIn } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="container page">
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to="/search">{t('nav.search')}</Link> <span aria-hidden="true">/</span>{' '}
        <span>{t('openNeed.sourcingNeed')}</span>
      </nav>
      <div className="page-header">
        <h1>{need.title}</h1>
        <p className="muted">
          {need.leadFirm ? t('openNeed.needOf', { buyer: need.leadFirm.name }) : t('openNeed.needOfSomeone')}{' '}
          · {t('need.answersBy', { date: format.date(need.responseDeadline) })}
        </p>
        {need.canOpenFull ? (
          <Link to={`/needs/${need.id}`} className="button button--small button--primary">
            {t('openNeed.openFull')}
          </Link>
        ) : null}
      </div>
      <NeedFacts need={need} />
      {need.requirements.length ? (
        <section aria-labelledby="standards-title" className="section-tight">
          <h2 id="standards-title">{t('openNeed.standards')}</h2>
          <ul>
            {need.requirements.map((r) => (
              <li key={r.standardCode}>
                <strong>
                  <StandardName code={r.standardCode} name={r.standardName} />
                </strong>
                : {t(`requirementLevel.${r.level}`)}
                {r.mustHoldNow
                  ? t('openNeed.heldNow')
                  : r.obtainBy
                    ? t('openNeed.obtainBy', { date: format.date(r.obtainBy) })
                    : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {need.description ? <p className="need-description">{need.description}</p> : null}
      <section aria-labelledby="answer-title" className="panel section-tight">
        <h2 id="answer-title">{t('openNeed.supplying')}</h2>
        {need.yourGroups.length ? (
          <ul className="card-list">
            {need.yourGroups.map((g) => (
              <li key={g.id}>
                <Link to={`/organisations/${g.id}/matched-needs`}>{g.name}</Link>{' '}
                <EligibilityChip eligibility={g.eligibility} /> {t('openNeed.seeFromMatched')}
              </li>
            ))}
          </ul>
        ) : signedIn ? (
          <p>{t('openNeed.noneOfYours')}</p>
        ) : (
          <p>
            <Trans
              i18nKey="openNeed.joinToSupply"
              components={{
                signUp: <Link to="/sign-up" />,
                signIn: <Link to={`/sign-in?redirectTo=/open-needs/${need.id}`} />,
              }}
            />
          </p>
        )}
      </section>
    </div>
  );
}
