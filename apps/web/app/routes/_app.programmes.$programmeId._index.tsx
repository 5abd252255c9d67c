import type { BrokerGroupView, BrokerNeedView, BrokerTaskView, LinkageView } from '@linkage/contracts';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { IntroductionList } from '~/components/introductions';
import { LeadFirmVerification } from '~/components/lead-firm-verification';
import { Badge, EmptyState } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { formatCountry, formatDate, formatNumber, formatRate, productWithCode } from '~/lib/format';
import { LINKAGE_STAGE_LABEL } from '~/lib/linkages';
import { verifyLeadFirm } from '~/lib/lead-firm-verification.server';
import { orThrow } from '~/lib/results.server';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.programme.legalName} — Linkage Exchange` : 'Programme — Linkage Exchange' },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const [home, leadFirms, introductions] = await Promise.all([
    api.getProgrammeHome(params.programmeId!).then((r) => orThrow(request, r)),
    // The enrolled lead firms, for the programme's staff to verify (decision 0012).
    api.listLeadFirms().then((r) => orThrow(request, r)),
    api.listIntroductions().then((r) => orThrow(request, r)),
  ]);
  // This programme's introductions still in play: waiting for answers, or accepted without a meeting.
  const open = introductions.filter(
    (i) =>
      i.programme.id === params.programmeId &&
      (i.status === 'PROPOSED' || (i.status === 'ACCEPTED' && !i.meeting)),
  );
  return { ...home, leadFirms, introductions: open };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  return verifyLeadFirm(request, api, await request.formData(), `/programmes/${params.programmeId}`);
}

/**
 * A programme officer's desk: what falls due, the needs in the programme's scope and what matching
 * found for them, the enrolled groups and how ready they are, and the linkages the programme follows.
 */
export default function ProgrammeHome() {
  const { programme, needs, groups, linkages, tasks, leadFirms, verificationQueue, introductions } =
    useLoaderData<typeof loader>();
  const scope = [
    programme.scopeCountries.length ? programme.scopeCountries.map((c) => formatCountry(c)).join(', ') : 'any country',
    programme.scopeHsChapters.length
      ? `HS chapters ${programme.scopeHsChapters.join(', ')}`
      : 'every product',
  ].join(' · ');
  return (
    <>
      <div className="page-header">
        <h1>{programme.legalName}</h1>
        <p className="muted">
          Works with {scope}. {programme.enrolledGroups} producer group
          {programme.enrolledGroups === 1 ? '' : 's'} and {programme.enrolledLeadFirms} lead firm
          {programme.enrolledLeadFirms === 1 ? '' : 's'} enrolled.
        </p>
        <div className="button-row">
          <Link to="/linkages" className="button button--small">
            Linkage board
          </Link>
          <Link to="/search" className="button button--small">
            Find suppliers
          </Link>
          <Link to="verification" className="button button--small">
            Certificates to verify <span className="count">{verificationQueue.awaiting}</span>
          </Link>
          <Link to="/service-providers" className="button button--small">
            Service providers
          </Link>
        </div>
        {verificationQueue.awaiting ? (
          <p className="small">
            {verificationQueue.ready} certificate{verificationQueue.ready === 1 ? ' is' : 's are'} ready to check against
            {verificationQueue.ready === 1 ? ' its' : ' their'} evidence; {verificationQueue.awaiting - verificationQueue.ready}{' '}
            wait{verificationQueue.awaiting - verificationQueue.ready === 1 ? 's' : ''} for the group’s evidence or dates.
          </p>
        ) : null}
      </div>

      <section aria-labelledby="tasks-title" className="section-tight">
        <h2 id="tasks-title">Due soon</h2>
        {tasks.length ? (
          <ul className="task-list">
            {tasks.map((t) => (
              <TaskRow key={`${t.kind}-${t.link}`} task={t} />
            ))}
          </ul>
        ) : (
          <p className="muted">Nothing falls due in the next two weeks.</p>
        )}
      </section>

      {introductions.length ? (
        <section aria-labelledby="introductions-title" className="section-tight">
          <h2 id="introductions-title">Introductions in play</h2>
          <IntroductionList introductions={introductions} />
        </section>
      ) : null}
      <section aria-labelledby="needs-title" className="section-tight">
        <h2 id="needs-title">Sourcing needs in scope</h2>
        {needs.length ? (
          <ul className="card-list">
            {needs.map((n) => (
              <NeedCard key={n.id} need={n} />
            ))}
          </ul>
        ) : (
          <EmptyState title="No open need in the programme’s scope" icon="◌">
            <p>Public needs in its value chains, and every need of an enrolled lead firm, appear here.</p>
          </EmptyState>
        )}
      </section>

      <section aria-labelledby="groups-title" className="section-tight">
        <h2 id="groups-title">Enrolled producer groups</h2>
        {groups.length ? (
          <ul className="card-list">
            {groups.map((g) => (
              <GroupCard key={g.id} group={g} />
            ))}
          </ul>
        ) : (
          <EmptyState title="No group has enrolled yet" icon="◎">
            <p>
              A producer group enrols from the Programmes page; its enrolment lets you see all of it and
              introduce it to buyers.
            </p>
          </EmptyState>
        )}
      </section>

      {leadFirms.length ? <LeadFirmVerification leadFirms={leadFirms} /> : null}

      <section aria-labelledby="linkages-title" className="section-tight">
        <div className="section-heading">
          <h2 id="linkages-title">Linkages you follow</h2>
          <Link to="/linkages" className="small">
            The board by stage →
          </Link>
        </div>
        {linkages.length ? (
          <ul className="card-list">
            {linkages.map((l) => (
              <LinkageCard key={l.id} linkage={l} />
            ))}
          </ul>
        ) : (
          <p className="muted">No linkage yet: an accepted introduction or an award starts one.</p>
        )}
      </section>
    </>
  );
}

function TaskRow({ task }: { task: BrokerTaskView }) {
  return (
    <li className="task">
      <Link to={task.link}>{task.title}</Link>
      <span className="small muted">
        {task.kind === 'STALLED_LINKAGE'
          ? `last step ${formatDate(task.dueOn)}`
          : `${task.overdue ? 'was due' : 'due'} ${formatDate(task.dueOn)}`}
      </span>
      {task.overdue ? (
        <Badge tone="warn">{task.kind === 'STALLED_LINKAGE' ? 'stalled' : 'overdue'}</Badge>
      ) : null}
    </li>
  );
}

function NeedCard({ need }: { need: BrokerNeedView }) {
  const matched = need.eligible + need.conditional;
  return (
    <li className="card programme-card">
      <p className="programme-card__title">
        <Link to={`/needs/${need.id}`}>{need.title}</Link>
      </p>
      <p className="small">
        {need.leadFirm.name}
        {need.leadFirm.enrolled ? <Badge tone="info">enrolled</Badge> : null}
        {need.visibility !== 'PUBLIC' ? (
          <Badge>{need.visibility === 'PROGRAMME' ? 'programme only' : 'by invitation'}</Badge>
        ) : null}
      </p>
      <p className="small muted">
        {productWithCode(need.productCode, need.productName)} ·{' '}
        {formatRate(need.quantity, need.unit, need.period)} · first delivery{' '}
        {formatDate(need.firstDeliveryOn)} · answers by {formatDate(need.responseDeadline)}
      </p>
      <p className="small">
        {matched === 0
          ? 'No supplier matched yet'
          : `${formatNumber(need.eligible)} eligible, ${formatNumber(need.conditional)} could qualify`}
        {need.enrolledMatched ? ` (${need.enrolledMatched} of your groups)` : ''}
        {need.nearMisses
          ? ` · ${formatNumber(need.nearMisses)} near miss${need.nearMisses === 1 ? '' : 'es'}`
          : ''}
        {need.coalitionMembers ? ` · a coalition of ${need.coalitionMembers} is needed` : ''}
      </p>
    </li>
  );
}

function GroupCard({ group }: { group: BrokerGroupView }) {
  return (
    <li className="card programme-card">
      <p className="programme-card__title">
        <Link to={`/organisations/${group.id}`}>{group.name}</Link>{' '}
        <span className="muted small">{formatCountry(group.country)}</span>
      </p>
      <p className="small">
        {group.eligibleMatches} eligible match{group.eligibleMatches === 1 ? '' : 'es'},{' '}
        {group.conditionalMatches} conditional
        {group.openGaps
          ? ` with ${group.openGaps} gap${group.openGaps === 1 ? '' : 's'} to close`
          : ''} · {group.linkagesInProgress} linkage{group.linkagesInProgress === 1 ? '' : 's'} in progress
      </p>
      {group.certificatesExpiring.length ? (
        <p className="small">
          <Badge tone="warn">expiring</Badge>{' '}
          {group.certificatesExpiring
            .map((c) => `${c.standardName ?? c.standardCode} on ${formatDate(c.validUntil)}`)
            .join(', ')}
        </p>
      ) : null}
    </li>
  );
}

function LinkageCard({ linkage }: { linkage: LinkageView }) {
  return (
    <li className="card programme-card">
      <p className="programme-card__title">
        <Link to={`/linkages/${linkage.id}`}>
          {linkage.supplier.name} × {linkage.leadFirm.name}
        </Link>
      </p>
      <p className="small">
        {LINKAGE_STAGE_LABEL[linkage.stage]} · last step {formatDate(linkage.lastEventOn)}{' '}
        {linkage.stalled ? <Badge tone="warn">stalled</Badge> : null}
      </p>
      {linkage.nextAction ? (
        <p className="small muted">
          Next: {linkage.nextAction}
          {linkage.nextActionDue ? `, by ${formatDate(linkage.nextActionDue)}` : ''}
        </p>
      ) : null}
    </li>
  );
}
