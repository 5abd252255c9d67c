import type { IntroductionView } from '@linkage/contracts';
import type { IntroductionStatus } from '@linkage/domain';
import { Link } from '@remix-run/react';
import { Badge, type Tone } from '~/components/ui';
import { formatDate } from '~/lib/format';

export const INTRODUCTION_STATUS: Record<IntroductionStatus, { label: string; tone: Tone }> = {
  PROPOSED: { label: 'waiting for answers', tone: 'info' },
  ACCEPTED: { label: 'accepted', tone: 'good' },
  DECLINED: { label: 'declined', tone: 'bad' },
  WITHDRAWN: { label: 'withdrawn', tone: 'neutral' },
};

/** Whether the viewer has something to do on it: answer, consent or (as its broker) arrange the meeting. */
export const awaitsViewer = (i: IntroductionView) =>
  i.youMay.answer ||
  i.youMay.consentFor.length > 0 ||
  (i.status === 'ACCEPTED' && !i.meeting && i.youMay.scheduleMeeting);

/** How the groups of an introduction read: named where the viewer may see them. */
export const partyNames = (i: IntroductionView) => {
  const named = i.parties.filter((p) => p.name).map((p) => p.name!);
  const unnamed = i.parties.length - named.length;
  return [
    ...named,
    ...(unnamed ? [unnamed === 1 ? 'a producer group' : `${unnamed} producer groups`] : []),
  ].join(', ');
};

/** A list of introductions, each a link to its page, those awaiting the viewer marked. */
export function IntroductionList({
  introductions,
  showNeed = true,
}: {
  introductions: IntroductionView[];
  showNeed?: boolean;
}) {
  return (
    <ul className="stack introduction-list">
      {introductions.map((i) => (
        <li key={i.id} className="panel introduction-list__item">
          <p>
            <Link to={`/introductions/${i.id}`}>
              <strong>{partyNames(i)}</strong> → {i.need.leadFirm.name}
            </Link>{' '}
            <Badge tone={INTRODUCTION_STATUS[i.status].tone}>{INTRODUCTION_STATUS[i.status].label}</Badge>
            {awaitsViewer(i) ? <Badge tone="warn">awaiting you</Badge> : null}
          </p>
          <p className="small muted">
            {showNeed ? `For “${i.need.title}” · ` : ''}by {i.programme.name},{' '}
            {formatDate(i.createdAt.slice(0, 10))}
            {i.meeting ? ` · meeting ${i.meeting.label}` : ''}
          </p>
        </li>
      ))}
    </ul>
  );
}
