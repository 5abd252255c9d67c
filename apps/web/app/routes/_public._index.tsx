import type { MetaFunction } from '@remix-run/node';
import { Link, useRouteLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { metaT, pageTitle } from '~/lib/i18n-meta';
import { useFormat } from '~/lib/use-format';
import type { loader as publicLoader } from './_public';

export const meta: MetaFunction = ({ matches }) => [
  pageTitle(matches, null),
  { name: 'description', content: metaT(matches)('landing.description') },
];

const AUDIENCES = ['buyers', 'coordinators', 'officers'] as const;
const STEPS = ['organisation', 'needs', 'matches'] as const;

/** The picture beside the pitch: a need and three groups' score bars (names are illustrative). */
const MOCK_ROWS = [
  { name: 'Souss Argan Cooperative', w: [50, 35, 15] },
  { name: 'Atlas Women’s Consortium', w: [50, 24, 15] },
  { name: 'Essaouira Oils Group', w: [30, 35, 0] },
] as const;

export default function Landing() {
  const data = useRouteLoaderData<typeof publicLoader>('routes/_public');
  const signedIn = data?.signedIn ?? false;
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <section className="hero">
        <div className="container hero__inner">
          <div className="hero__text">
            <p className="eyebrow">{t('landing.eyebrow')}</p>
            <h1>{t('landing.headline')}</h1>
            <p className="lead">{t('landing.lead')}</p>
            <div className="hero__actions">
              {signedIn ? (
                <Link to="/dashboard" className="button button--primary button--large">
                  {t('landing.toDashboard')}
                </Link>
              ) : (
                <>
                  <Link to="/sign-up" className="button button--primary button--large">
                    {t('landing.signUp')}
                  </Link>
                  <Link to="/sign-in" className="button button--large">
                    {t('nav.signIn')}
                  </Link>
                </>
              )}
            </div>
          </div>
          <div className="hero__picture" aria-hidden="true">
            <div className="mock-card">
              <p className="mock-card__title">
                {t('landing.mockNeed', {
                  rate: format.rate(10, 't', 'MONTH'),
                  country: format.country('MA'),
                })}
              </p>
              {MOCK_ROWS.map((row) => (
                <div className="mock-row" key={row.name}>
                  <span className="mock-row__name">{row.name}</span>
                  <span className="mock-row__bar">
                    <span className="score__seg score__seg--product" style={{ width: `${row.w[0]}%` }} />
                    <span className="score__seg score__seg--capacity" style={{ width: `${row.w[1]}%` }} />
                    <span className="score__seg score__seg--location" style={{ width: `${row.w[2]}%` }} />
                  </span>
                  <span className="mock-row__score">
                    {format.percent((row.w[0] + row.w[1] + row.w[2]) / 100)}
                  </span>
                </div>
              ))}
            </div>
          </div>
        </div>
      </section>

      <section className="container section" aria-labelledby="who-title">
        <h2 id="who-title">{t('landing.whoTitle')}</h2>
        <div className="card-grid">
          {AUDIENCES.map((a) => (
            <article className="card" key={a}>
              <h3>
                {t(`landing.audience.${a}.who`)}{' '}
                <span className="muted">{t(`landing.audience.${a}.at`)}</span>
              </h3>
              <p>{t(`landing.audience.${a}.text`)}</p>
            </article>
          ))}
        </div>
      </section>

      <section className="container section" aria-labelledby="how-title">
        <h2 id="how-title">{t('landing.howTitle')}</h2>
        <ol className="steps">
          {STEPS.map((s, i) => (
            <li key={s} className="steps__item">
              <span className="steps__number" aria-hidden="true">
                {format.number(i + 1)}
              </span>
              <div>
                <h3>{t(`landing.step.${s}.title`)}</h3>
                <p>{t(`landing.step.${s}.text`)}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
