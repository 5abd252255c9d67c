import { Link } from '@remix-run/react';
import { type ReactNode, useEffect, useRef } from 'react';
import type { OrganisationKind } from '@linkage/domain';
import { useTranslation } from 'react-i18next';

export function KindBadge({ kind }: { kind: OrganisationKind }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${kind.toLowerCase().replace('_', '-')}`}>{t(`kind.${kind}`)}</span>;
}

export type Tone = 'neutral' | 'good' | 'warn' | 'info' | 'bad';

export function Badge({
  children,
  tone = 'neutral',
  title,
}: {
  children: ReactNode;
  tone?: Tone;
  title?: string;
}) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}

export function EmptyState({
  title,
  children,
  icon = '○',
}: {
  title: string;
  children?: ReactNode;
  icon?: string;
}) {
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

/**
 * The side panel in place of an edit form whose target was deleted or is no longer visible; `to` is
 * the list it belongs to (by default the page itself, for a `?edit=` address).
 */
export function GonePanel({ what, back, to = '.' }: { what: string; back: string; to?: string }) {
  const { t } = useTranslation();
  return (
    <aside className="panel layout-split__side">
      <EmptyState title={t('gone.title', { what })}>
        <p>
          {t('gone.text')} <Link to={to}>{back}</Link>
        </p>
      </EmptyState>
    </aside>
  );
}

/**
 * A wide table's box, scrolling sideways inside the page on a phone. It can take the keyboard's
 * focus so the columns past the edge can be reached without a pointer, and it is named for that.
 */
export function TableScroll({
  label,
  children,
  className,
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      className={`table-wrap${className ? ` ${className}` : ''}`}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      {children}
    </div>
  );
}

/**
 * The side panel a child route fills (a certificate's edit form, a member's status). On a phone the
 * side panel follows the list, below the fold where the row's link was tapped: opening it there
 * scrolls it into view and moves the focus to its heading, so the step is seen and announced.
 */
export function RoutePanel({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const panel = ref.current;
    if (!panel) return;
    const { top, bottom } = panel.getBoundingClientRect();
    if (top < window.innerHeight && bottom > 0) return;
    panel.scrollIntoView({ block: 'start' });
    const heading = document.getElementById(labelledBy);
    heading?.setAttribute('tabindex', '-1');
    heading?.focus({ preventScroll: true });
  }, [labelledBy]);
  return (
    <section ref={ref} aria-labelledby={labelledBy} className="panel layout-split__side stack">
      {children}
    </section>
  );
}
