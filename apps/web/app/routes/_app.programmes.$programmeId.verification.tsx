import type { VerificationQueueItemView } from '@linkage/contracts';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { Badge, EmptyState } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { CERT_STATUS } from '~/lib/format';
import { metaT, pageTitle } from '~/lib/i18n-meta';
import { orThrow } from '~/lib/results.server';
import { useFormat } from '~/lib/use-format';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  pageTitle(
    matches,
    data
      ? `${metaT(matches)('verificationQueue.title')} · ${data.programme.name}`
      : metaT(matches)('verificationQueue.title'),
  ),
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  return orThrow(request, await api.getVerificationQueue(params.programmeId!));
}

/**
 * The programme officer's verification queue: the enrolled groups' and their members' certificates
 * that nobody has verified yet. Those with evidence and valid today come first, each a link to its
 * checklist; the others say what the group must do first.
 */
export default function VerificationQueue() {
  const { programme, items, readyCount } = useLoaderData<typeof loader>();
  const ready = items.filter((i) => i.ready);
  const waiting = items.filter((i) => !i.ready);
  const { t } = useTranslation();
  return (
    <>
      <div className="page-header">
        <p className="small">
          <Link to={`/programmes/${programme.id}`}>
            {t('verificationQueue.back', { programme: programme.name })}
          </Link>
        </p>
        <h1>{t('verificationQueue.title')}</h1>
        <p className="muted">
          {t('verificationQueue.intro', { ready: readyCount, waiting: items.length - readyCount })}
        </p>
      </div>
      {items.length === 0 ? (
        <EmptyState title={t('verificationQueue.none.title')} icon="✓">
          <p>{t('verificationQueue.none.text')}</p>
        </EmptyState>
      ) : null}
      {ready.length ? (
        <section aria-labelledby="ready-title" className="section-tight">
          <h2 id="ready-title">{t('verificationQueue.ready', { count: ready.length })}</h2>
          <ul className="card-list" aria-labelledby="ready-title">
            {ready.map((i) => (
              <QueueCard key={i.certificationId} item={i} programmeId={programme.id} />
            ))}
          </ul>
        </section>
      ) : null}
      {waiting.length ? (
        <section aria-labelledby="waiting-title" className="section-tight">
          <h2 id="waiting-title">{t('verificationQueue.waiting', { count: waiting.length })}</h2>
          <ul className="card-list" aria-labelledby="waiting-title">
            {waiting.map((i) => (
              <QueueCard key={i.certificationId} item={i} programmeId={programme.id} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function QueueCard({ item: i, programmeId }: { item: VerificationQueueItemView; programmeId: string }) {
  const certificates = `/organisations/${i.organisation.id}/certifications`;
  const back = encodeURIComponent(`/programmes/${programmeId}/verification`);
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="card programme-card">
      <p className="programme-card__title">
        {i.standard.name} <span className="muted small">· {i.holderName}</span>
      </p>
      <p className="small">
        {i.holderName !== i.organisation.name
          ? `${t('verificationQueue.memberOf', { organisation: i.organisation.name })} · `
          : ''}
        {i.certificateNumber
          ? t('cert.number', { number: i.certificateNumber })
          : t('verificationQueue.noNumber')}
        {i.certificationBody ? ` · ${i.certificationBody}` : ''}
      </p>
      <p className="small muted">
        {i.validFrom
          ? t('verificationQueue.fromTo', { from: format.date(i.validFrom), to: format.date(i.validUntil) })
          : t('verificationQueue.until', { date: format.date(i.validUntil) })}{' '}
        <Badge tone={CERT_STATUS[i.status].tone}>{t(`certStatus.${i.status}`)}</Badge>{' '}
        {i.hasEvidence ? (
          <Badge tone="info">{t('verificationQueue.evidence')}</Badge>
        ) : (
          <Badge tone="warn">{t('verificationQueue.noEvidence')}</Badge>
        )}
      </p>
      {i.ready ? (
        <p>
          <Link
            to={`${certificates}/${i.certificationId}/verify?back=${back}`}
            className="button button--primary"
            aria-label={t('verificationQueue.checkLabel', {
              standard: i.standard.name,
              holder: i.holderName,
            })}
          >
            {t('verificationQueue.check')}
          </Link>
        </p>
      ) : (
        <p className="small">
          {t('verificationQueue.first', { blockers: Object.values(i.blockers).join('; ') })}{' '}
          <Link to={certificates}>{t('verificationQueue.groupCertificates')}</Link>
        </p>
      )}
    </li>
  );
}
