import type { MetaFunction } from '@remix-run/node';
import { Link, useRouteLoaderData } from '@remix-run/react';
import type { loader as publicLoader } from './_public';

export const meta: MetaFunction = () => [
  { title: 'Linkage Exchange — local suppliers for lead firms, buyers for producer groups' },
  {
    name: 'description',
    content:
      'Post a sourcing need and see ranked local suppliers; record what your consortium supplies and be found by buyers.',
  },
];

const AUDIENCES = [
  {
    who: 'Sourcing managers',
    at: 'at lead firms',
    text: 'Post what you need — product, volume per month, where to deliver — and get a ranked list of local producer groups within seconds, each with the reason it fits.',
  },
  {
    who: 'Consortium coordinators',
    at: 'of producer groups and cooperatives',
    text: 'Record what your members supply and how much per period. Together you can meet volumes none of you could alone, and buyers find you when they post a need.',
  },
  {
    who: 'Programme officers',
    at: 'in linkage and export-consortium programmes',
    text: 'See needs and suppliers meet in one place, introduce the right partners and follow each linkage from first contact to regular supply.',
  },
];

const STEPS = [
  { title: 'Create your organisation', text: 'A lead firm or a producer group, with the country you work from and who may see your profile.' },
  { title: 'Say what you need or supply', text: 'HS product codes, quantities per week, month or year, lead times.' },
  { title: 'See ranked matches', text: 'Every match shows its score split by product, capacity and location fit, and a one-line reason.' },
];

export default function Landing() {
  const data = useRouteLoaderData<typeof publicLoader>('routes/_public');
  const signedIn = data?.signedIn ?? false;
  return (
    <>
      <section className="hero">
        <div className="container hero__inner">
          <div className="hero__text">
            <p className="eyebrow">Business linkages, brokered</p>
            <h1>Local suppliers for large buyers. Large buyers for small producers.</h1>
            <p className="lead">
              Linkage Exchange matches the sourcing needs of lead firms with the pooled capacity of export consortia,
              cooperatives and associations of small enterprises — ranked on what makes commercial sense.
            </p>
            <div className="hero__actions">
              {signedIn ? (
                <Link to="/dashboard" className="button button--primary button--large">
                  Go to your dashboard
                </Link>
              ) : (
                <>
                  <Link to="/sign-up" className="button button--primary button--large">
                    Create a free account
                  </Link>
                  <Link to="/sign-in" className="button button--large">
                    Sign in
                  </Link>
                </>
              )}
            </div>
          </div>
          <div className="hero__picture" aria-hidden="true">
            <div className="mock-card">
              <p className="mock-card__title">Argan oil — 10 t / month, delivered Morocco</p>
              {[
                { name: 'Souss Argan Cooperative', w: [50, 35, 15] },
                { name: 'Atlas Women’s Consortium', w: [50, 24, 15] },
                { name: 'Essaouira Oils Group', w: [30, 35, 0] },
              ].map((row) => (
                <div className="mock-row" key={row.name}>
                  <span className="mock-row__name">{row.name}</span>
                  <span className="mock-row__bar">
                    <span className="score__seg score__seg--product" style={{ width: `${row.w[0]}%` }} />
                    <span className="score__seg score__seg--capacity" style={{ width: `${row.w[1]}%` }} />
                    <span className="score__seg score__seg--location" style={{ width: `${row.w[2]}%` }} />
                  </span>
                  <span className="mock-row__score">{row.w[0]! + row.w[1]! + row.w[2]!}%</span>
                </div>
              ))}
            </div>
          </div>
        </div>
      </section>

      <section className="container section" aria-labelledby="who-title">
        <h2 id="who-title">Who it is for</h2>
        <div className="card-grid">
          {AUDIENCES.map((a) => (
            <article className="card" key={a.who}>
              <h3>
                {a.who} <span className="muted">{a.at}</span>
              </h3>
              <p>{a.text}</p>
            </article>
          ))}
        </div>
      </section>

      <section className="container section" aria-labelledby="how-title">
        <h2 id="how-title">How it works</h2>
        <ol className="steps">
          {STEPS.map((s, i) => (
            <li key={s.title} className="steps__item">
              <span className="steps__number" aria-hidden="true">
                {i + 1}
              </span>
              <div>
                <h3>{s.title}</h3>
                <p>{s.text}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
