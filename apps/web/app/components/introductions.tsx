import type { IntroductionView } from '@linkage/contracts';
import type { IntroductionStatus } from '@linkage/domain';
import { Link } from '@remix-run/react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Badge, type Tone } from '~/components/ui';
import { useFormat } from '~/lib/use-format';

/** An introduction's status: its words are `introductionStatus.<status>` in the catalogue. */
export const INTRODUCTION_STATUS: Record<IntroductionStatus, { tone: Tone }> = {
  PROPOSED: { tone: 'info' },
  ACCEPTED: { tone: 'good' },
  DECLINED: { tone: 'bad' },
  WITHDRAWN: { tone: 'neutral' },
};

/** Whether the viewer has something to do on it: answer, consent or (as its broker) arrange the meeting. */
export const awaitsViewer = (i: IntroductionView) =>
  i.youMay.answer ||
  i.youMay.consentFor.length > 0 ||
  (i.status === 'ACCEPTED' && !i.meeting && i.youMay.scheduleMeeting);

/** How the groups of an introduction read: named where the viewer may see them. */
export const partyNames = (i: IntroductionView, t: TFunction) => {
  const named = i.parties.filter((p) => p.name).map((p) => p.name!);
  const unnamed = i.parties.length - named.length;
  return [...named, ...(unnamed ? [t('introductions.unnamedGroups', { count: unnamed })] : [])].join(', ');
};

/** A list of introductions, each a link to its page, those awaiting the viewer marked. */
export function IntroductionList({
  introductions,
  showNeed = true,
}: {
  introductions: IntroductionView[];
  showNeed?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul className="stack introduction-list">
      {introductions.map((i) => (
        <li key={i.id} className="panel introduction-list__item">
          <p>
            <Link to={`/introductions/${i.id}`}>
              {t('introductions.between', { groups: partyNames(i, t), buyer: i.need.leadFirm.name })}
            </Link>{' '}
            <Badge tone={INTRODUCTION_STATUS[i.status].tone}>{t(`introductionStatus.${i.status}`)}</Badge>
            {awaitsViewer(i) ? <Badge tone="warn">{t('introductions.awaitingYou')}</Badge> : null}
          </p>
          <p className="small muted">
            {showNeed ? `${t('introductions.forNeed', { need: i.need.title })} · ` : ''}
            {t('introductions.byOn', {
              programme: i.programme.name,
              date: format.date(i.createdAt.slice(0, 10)),
            })}
            {i.meeting ? ` · ${t('introductions.meeting', { label: i.meeting.label })}` : ''}
          </p>
        </li>
      ))}
    </ul>
  );
}
