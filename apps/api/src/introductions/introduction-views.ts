import { type IntroductionView } from '@linkage/contracts';
import {
  type IntroductionActor,
  canFollowLinkage,
  canSeeIntroducedGroup,
  declinedBy,
  formatMeeting,
  mayAnswerIntroduction,
  mayConsentFor,
  mayScheduleMeeting,
  mayWithdrawIntroduction,
  meetingEnd,
  wallClockAt,
} from '@linkage/domain';
import { type Introduction, type IntroductionParty } from '@linkage/db';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';

/** The decision rules' input from a stored introduction. */
export const introductionState = (i: Introduction, parties: readonly IntroductionParty[]) => ({
  status: i.status,
  leadFirmAnswer: i.leadFirmAnswer,
  parties: parties.map((p) => ({ groupId: p.groupId, consent: p.consent })),
});

/**
 * An introduction as one viewer sees it: a discreet group's name only once it consents or if the
 * viewer may see it anyway (`canSeeIntroducedGroup`), a linkage only to those who follow it
 * (decision 0011), and what the viewer may do now.
 */
export function introductionView(
  i: Introduction,
  parties: readonly IntroductionParty[],
  user: AuthenticatedUser,
  actor: IntroductionActor,
): IntroductionView {
  const need = i.need!;
  const state = introductionState(i, parties);
  const open = i.status === 'PROPOSED';
  const followsLinkage = (supplierId: string) =>
    canFollowLinkage({ leadFirmId: need.leadFirmId, supplierId, programmeId: i.programmeId }, user);
  return {
    id: i.id,
    status: i.status,
    declinedBy: declinedBy(state),
    need: {
      id: need.id,
      title: need.title,
      leadFirm: { id: need.leadFirmId, name: need.leadFirm!.legalName },
    },
    programme: { id: i.programmeId, name: i.programme!.legalName },
    proposedBy: i.proposedBy?.name ?? null,
    note: i.note,
    createdAt: i.createdAt.toISOString(),
    decidedAt: i.decidedAt?.toISOString() ?? null,
    leadFirmAnswer: i.leadFirmAnswer,
    leadFirmReason: i.leadFirmReason,
    answeredAt: i.answeredAt?.toISOString() ?? null,
    parties: parties.map((p) => ({
      groupId: p.groupId,
      name: canSeeIntroducedGroup(
        { groupId: p.groupId, visibility: p.group!.visibility, consent: p.consent },
        user,
      )
        ? p.group!.legalName
        : null,
      consent: p.consent,
      reason: p.reason,
      answeredAt: p.answeredAt?.toISOString() ?? null,
      linkageId: p.linkageId && followsLinkage(p.groupId) ? p.linkageId : null,
    })),
    meeting: meetingView(i),
    youMay: {
      answer: open && i.leadFirmAnswer === 'PENDING' && mayAnswerIntroduction(actor),
      consentFor: open
        ? parties
            .filter((p) => p.consent === 'PENDING' && mayConsentFor(actor, p.groupId))
            .map((p) => p.groupId)
        : [],
      withdraw: open && mayWithdrawIntroduction(actor),
      scheduleMeeting: (open || i.status === 'ACCEPTED') && mayScheduleMeeting(actor),
    },
  };
}

function meetingView(i: Introduction): IntroductionView['meeting'] {
  if (!i.meetingStartsAt || !i.meetingDurationMinutes || !i.meetingTimeZone) return null;
  const { date, time } = wallClockAt(i.meetingStartsAt, i.meetingTimeZone);
  return {
    startsAt: i.meetingStartsAt.toISOString(),
    endsAt: meetingEnd(i.meetingStartsAt, i.meetingDurationMinutes).toISOString(),
    durationMinutes: i.meetingDurationMinutes,
    timeZone: i.meetingTimeZone,
    date,
    time,
    label: formatMeeting(i.meetingStartsAt, i.meetingDurationMinutes, i.meetingTimeZone),
    place: i.meetingPlace,
    link: i.meetingLink,
    sequence: i.meetingSequence,
  };
}
