import { canSeeOrganisation, type OrganisationViewer } from '../visibility/visibility.js';
import { type LinkageStage, isLinkageInProgress } from '../vocabulary/linkage.js';
import { type NeedStatus } from '../vocabulary/sourcing.js';
import { type VisibilityTier } from '../vocabulary/organisation.js';

/**
 * A broker's introduction (issue "Brokers at work"): a programme proposes a supplier, or a coalition
 * of them, to a lead firm for one of its needs. It is ACCEPTED once the lead firm accepts AND every
 * introduced group consents, in any order; DECLINED as soon as the lead firm declines or one group
 * refuses; WITHDRAWN by the broker while it is still undecided. The three outcomes are final.
 */
export const INTRODUCTION_STATUSES = ['PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

/** The lead firm's answer. */
export const LEAD_FIRM_ANSWERS = ['PENDING', 'ACCEPTED', 'DECLINED'] as const;
export type LeadFirmAnswer = (typeof LEAD_FIRM_ANSWERS)[number];

/** Each introduced group's consent, recorded separately. */
export const PARTY_CONSENTS = ['PENDING', 'CONSENTED', 'REFUSED'] as const;
export type PartyConsent = (typeof PARTY_CONSENTS)[number];

/** A coalition is introduced as one: at most this many groups in one introduction. */
export const MAX_INTRODUCED_GROUPS = 10;

export interface IntroductionState {
  status: IntroductionStatus;
  leadFirmAnswer: LeadFirmAnswer;
  parties: ReadonlyArray<{ groupId: string; consent: PartyConsent }>;
}

/** Who ended a declined introduction: the lead firm, or the group that refused. */
export type DeclinedBy = { by: 'LEAD_FIRM' } | { by: 'GROUP'; groupId: string };

export class IntroductionError extends Error {
  constructor(
    readonly reason: 'NOT_OPEN' | 'ALREADY_ANSWERED' | 'NOT_A_PARTY' | 'NOT_SCHEDULABLE' | 'NEED_NOT_LIVE',
    message: string,
  ) {
    super(message);
    this.name = 'IntroductionError';
  }
}

/**
 * A need takes introductions while the buyer is sourcing for it (open, evaluating) and once awarded
 * (a second source, the next season); a draft is not shown yet, a cancelled or closed need is over.
 */
export function assertNeedTakesIntroductions(need: { status: NeedStatus }): void {
  if (need.status !== 'OPEN' && need.status !== 'EVALUATING' && need.status !== 'AWARDED')
    throw new IntroductionError(
      'NEED_NOT_LIVE',
      `A ${need.status.toLowerCase()} need takes no introductions`,
    );
}

/** The status the answers so far add up to (an open introduction only). */
function settle(state: IntroductionState): IntroductionState {
  if (state.leadFirmAnswer === 'DECLINED' || state.parties.some((p) => p.consent === 'REFUSED'))
    return { ...state, status: 'DECLINED' };
  if (state.leadFirmAnswer === 'ACCEPTED' && state.parties.every((p) => p.consent === 'CONSENTED'))
    return { ...state, status: 'ACCEPTED' };
  return state;
}

function assertOpen(state: IntroductionState): void {
  if (state.status !== 'PROPOSED')
    throw new IntroductionError('NOT_OPEN', `The introduction is already ${state.status.toLowerCase()}`);
}

/** The lead firm accepts or declines, once, while the introduction is open. */
export function answerIntroduction(
  state: IntroductionState,
  answer: Exclude<LeadFirmAnswer, 'PENDING'>,
): IntroductionState {
  assertOpen(state);
  if (state.leadFirmAnswer !== 'PENDING')
    throw new IntroductionError(
      'ALREADY_ANSWERED',
      `The lead firm has already ${state.leadFirmAnswer.toLowerCase()} this introduction`,
    );
  return settle({ ...state, leadFirmAnswer: answer });
}

/** One introduced group consents or refuses, once, for itself, while the introduction is open. */
export function consentToIntroduction(
  state: IntroductionState,
  groupId: string,
  consent: Exclude<PartyConsent, 'PENDING'>,
): IntroductionState {
  const party = state.parties.find((p) => p.groupId === groupId);
  if (!party) throw new IntroductionError('NOT_A_PARTY', 'This group is not part of the introduction');
  assertOpen(state);
  if (party.consent !== 'PENDING')
    throw new IntroductionError(
      'ALREADY_ANSWERED',
      `This group has already ${party.consent === 'CONSENTED' ? 'consented' : 'refused'}`,
    );
  return settle({
    ...state,
    parties: state.parties.map((p) => (p.groupId === groupId ? { ...p, consent } : p)),
  });
}

/** The broker withdraws an introduction nobody has decided yet. */
export function withdrawIntroduction(state: IntroductionState): IntroductionState {
  assertOpen(state);
  return { ...state, status: 'WITHDRAWN' };
}

/** Who declined a declined introduction; null for any other status. */
export function declinedBy(state: IntroductionState): DeclinedBy | null {
  if (state.status !== 'DECLINED') return null;
  if (state.leadFirmAnswer === 'DECLINED') return { by: 'LEAD_FIRM' };
  const refused = state.parties.find((p) => p.consent === 'REFUSED');
  return refused ? { by: 'GROUP', groupId: refused.groupId } : null;
}

/**
 * The meeting is arranged while the introduction is open or accepted: the parties often meet before
 * they decide. A declined or withdrawn introduction has no meeting to move.
 */
export function assertMeetingSchedulable(state: { status: IntroductionStatus }): void {
  if (state.status !== 'PROPOSED' && state.status !== 'ACCEPTED')
    throw new IntroductionError(
      'NOT_SCHEDULABLE',
      `A ${state.status.toLowerCase()} introduction has no meeting to arrange`,
    );
}

/** What a person is to an introduction: the facts the rules below decide on. */
export interface IntroductionActor {
  admin: boolean;
  /** staff of the programme that made the introduction */
  proposingBroker: boolean;
  /** an owner or admin of the need's lead firm */
  leadFirmManager: boolean;
  /** the introduced groups this person manages (owner or admin) */
  managedGroupIds: ReadonlySet<string>;
}

/** The lead firm's managers answer for it. */
export const mayAnswerIntroduction = (actor: IntroductionActor): boolean =>
  actor.admin || actor.leadFirmManager;

/** A group's managers consent for their own group only. */
export const mayConsentFor = (actor: IntroductionActor, groupId: string): boolean =>
  actor.admin || actor.managedGroupIds.has(groupId);

/** The introducing programme's brokers withdraw it. */
export const mayWithdrawIntroduction = (actor: IntroductionActor): boolean =>
  actor.admin || actor.proposingBroker;

/** The meeting is everyone's: the programme's brokers and the managers of each side arrange it. */
export const mayScheduleMeeting = (actor: IntroductionActor): boolean =>
  actor.admin || actor.proposingBroker || actor.leadFirmManager || actor.managedGroupIds.size > 0;

/**
 * Whether a viewer is shown an introduced group's name. Why: a group's consent to the introduction
 * is its consent to being shown to this buyer and these partners; until then the group is shown only
 * as far as its visibility tier lets the viewer see it (decision 0013).
 */
export function canSeeIntroducedGroup(
  party: { groupId: string; visibility: VisibilityTier; consent: PartyConsent },
  viewer: OrganisationViewer | undefined,
): boolean {
  return (
    party.consent === 'CONSENTED' ||
    canSeeOrganisation({ id: party.groupId, visibility: party.visibility }, viewer)
  );
}

/**
 * The stage an accepted introduction brings the lead firm × group linkage to: a new one starts at
 * INTRODUCED; one in progress keeps its stage (the introduction is an event in it); one that ended
 * or was phased out starts again at INTRODUCED, as a new relation (decision 0011).
 */
export function stageAfterIntroduction(current: LinkageStage | undefined): LinkageStage {
  return current && isLinkageInProgress(current) ? current : 'INTRODUCED';
}
