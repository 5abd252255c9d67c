import type { VerificationQueueItemView } from '@linkage/contracts';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { Badge, EmptyState } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { CERT_STATUS, formatDate } from '~/lib/format';
import { orThrow } from '~/lib/results.server';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `Certificates to verify · ${data.programme.name} — Linkage Exchange`
      : 'Certificates to verify — Linkage Exchange',
  },
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
  return (
    <>
      <div className="page-header">
        <p className="small">
          <Link to={`/programmes/${programme.id}`}>← {programme.name}</Link>
        </p>
        <h1>Certificates to verify</h1>
        <p className="muted">
          Self-declared certificates of the groups, members and lead firms enrolled in the programme.{' '}
          {readyCount} ready to check against their evidence, {items.length - readyCount} waiting for the
          group.
        </p>
      </div>
      {items.length === 0 ? (
        <EmptyState title="Nothing to verify" icon="✓">
          <p>Every certificate of the enrolled organisations is broker- or third-party-verified.</p>
        </EmptyState>
      ) : null}
      {ready.length ? (
        <section aria-labelledby="ready-title" className="section-tight">
          <h2 id="ready-title">Ready to check ({ready.length})</h2>
          <ul className="card-list" aria-labelledby="ready-title">
            {ready.map((i) => (
              <QueueCard key={i.certificationId} item={i} programmeId={programme.id} />
            ))}
          </ul>
        </section>
      ) : null}
      {waiting.length ? (
        <section aria-labelledby="waiting-title" className="section-tight">
          <h2 id="waiting-title">Waiting for the group ({waiting.length})</h2>
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
  return (
    <li className="card programme-card">
      <p className="programme-card__title">
        {i.standard.name} <span className="muted small">· {i.holderName}</span>
      </p>
      <p className="small">
        {i.holderName !== i.organisation.name ? `Member of ${i.organisation.name} · ` : ''}
        {i.certificateNumber ? `No. ${i.certificateNumber}` : 'no number recorded'}
        {i.certificationBody ? ` · ${i.certificationBody}` : ''}
      </p>
      <p className="small muted">
        {i.validFrom ? `${formatDate(i.validFrom)} to ` : 'until '}
        {formatDate(i.validUntil)}{' '}
        <Badge tone={CERT_STATUS[i.status].tone}>{CERT_STATUS[i.status].text}</Badge>{' '}
        {i.hasEvidence ? <Badge tone="info">evidence</Badge> : <Badge tone="warn">no evidence</Badge>}
      </p>
      {i.ready ? (
        <p>
          <Link
            to={`${certificates}/${i.certificationId}/verify?back=${back}`}
            className="button button--primary"
            aria-label={`Check ${i.standard.name} of ${i.holderName}`}
          >
            Check against the evidence
          </Link>
        </p>
      ) : (
        <p className="small">
          First: {Object.values(i.blockers).join('; ')}.{' '}
          <Link to={certificates}>The group’s certificates</Link>
        </p>
      )}
    </li>
  );
}
