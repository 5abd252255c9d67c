import type { ReactNode } from 'react';
import { MATCH_WEIGHTS, type OrganisationKind } from '@linkage/domain';
import { KIND_LABEL, percent } from '~/lib/format';

export function KindBadge({ kind }: { kind: OrganisationKind }) {
  return <span className={`badge badge--${kind.toLowerCase().replace('_', '-')}`}>{KIND_LABEL[kind]}</span>;
}

export type Tone = 'neutral' | 'good' | 'warn' | 'info' | 'bad';

export function Badge({ children, tone = 'neutral', title }: { children: ReactNode; tone?: Tone; title?: string }) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}

export function EmptyState({ title, children, icon = '○' }: { title: string; children?: ReactNode; icon?: string }) {
  return (
    <div className="empty-state">
      <div className="empty-state__icon" aria-hidden="true">
        {icon}
      </div>
      <p className="empty-state__title">{title}</p>
      {children ? <div className="empty-state__body">{children}</div> : null}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="notice" role="status">
      {children}
    </div>
  );
}

const COMPONENTS = [
  { key: 'product', label: 'Product' },
  { key: 'capacity', label: 'Capacity' },
  { key: 'location', label: 'Location' },
] as const;

/**
 * A match's score as one bar split by what earned it: each segment is the component's fit times its
 * weight, so the segments add up to the total score.
 */
export function ScoreBar({ score, components }: { score: number; components: { product: number; capacity: number; location: number } }) {
  const description = COMPONENTS.map(
    (c) => `${c.label} ${percent(components[c.key])} of ${percent(MATCH_WEIGHTS[c.key])}`,
  ).join(', ');
  return (
    <div className="score">
      <div className="score__total">
        <span className="score__value">{percent(score)}</span>
        <span className="score__caption">match</span>
      </div>
      <div className="score__bar" role="img" aria-label={`Score ${percent(score)}: ${description}`}>
        {COMPONENTS.map((c) => {
          const width = Math.max(0, Math.min(1, components[c.key])) * MATCH_WEIGHTS[c.key] * 100;
          return width > 0 ? (
            <span
              key={c.key}
              className={`score__seg score__seg--${c.key}`}
              style={{ width: `${width}%` }}
              title={`${c.label}: ${percent(components[c.key])} fit (weight ${percent(MATCH_WEIGHTS[c.key])})`}
            />
          ) : null;
        })}
      </div>
      <ul className="score__parts">
        {COMPONENTS.map((c) => (
          <li key={c.key}>
            <span className={`swatch swatch--${c.key}`} aria-hidden="true" />
            {c.label} {percent(components[c.key])}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ScoreLegend() {
  return (
    <p className="score-legend">
      Each bar adds up what earned the score:{' '}
      {COMPONENTS.map((c, i) => (
        <span key={c.key}>
          <span className={`swatch swatch--${c.key}`} aria-hidden="true" /> {c.label.toLowerCase()} fit (up to{' '}
          {percent(MATCH_WEIGHTS[c.key])}){i < COMPONENTS.length - 1 ? ', ' : '.'}
        </span>
      ))}
    </p>
  );
}
