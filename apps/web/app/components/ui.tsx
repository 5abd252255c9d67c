import { Link } from '@remix-run/react';
import type { ReactNode } from 'react';
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

/** The side panel in place of an edit form whose `?edit=` target was deleted or is no longer visible. */
export function GonePanel({ what, back }: { what: string; back: string }) {
  const { t } = useTranslation();
  return (
    <aside className="panel layout-split__side">
      <EmptyState title={t('gone.title', { what })}>
        <p>
          {t('gone.text')} <Link to=".">{back}</Link>
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
