import { type CalendarDate, DAYS_PER_MONTH, addDays } from '../dates/calendar-date.js';
import { type Gap, type GapKind } from '../matching/types.js';
import { type Locale } from '../i18n/locale.js';
import { renderMessage } from '../messages/render.js';

/**
 * DESIGN §2 "UpgradingPlan": the actions that close a supplier's gaps for a need or a linkage.
 * Values are stored in the database: never rename.
 */
export const UPGRADING_ACTION_KINDS = [
  'CERTIFICATION',
  'TRAINING',
  'TECHNICAL_ASSISTANCE',
  'EQUIPMENT',
  'FINANCE',
] as const;
export type UpgradingActionKind = (typeof UPGRADING_ACTION_KINDS)[number];

export const UPGRADING_ACTION_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type UpgradingActionStatus = (typeof UPGRADING_ACTION_STATUSES)[number];

/** Who answers for an action: one of the three parties that also share its cost. */
export const UPGRADING_ACTION_OWNERS = ['LEAD_FIRM', 'PROGRAMME', 'SUPPLIER'] as const;
export type UpgradingActionOwner = (typeof UPGRADING_ACTION_OWNERS)[number];

/**
 * Allowed moves. Work starts, finishes or is dropped; a finished action reopens (an audit that finds
 * a non-conformity) and a dropped one is planned again. Nothing moves to where it already is.
 */
const NEXT: Record<UpgradingActionStatus, readonly UpgradingActionStatus[]> = {
  PLANNED: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
  IN_PROGRESS: ['PLANNED', 'DONE', 'CANCELLED'],
  DONE: ['IN_PROGRESS'],
  CANCELLED: ['PLANNED'],
};

export const nextActionStatuses = (from: UpgradingActionStatus): readonly UpgradingActionStatus[] =>
  NEXT[from];

export const canMoveAction = (from: UpgradingActionStatus, to: UpgradingActionStatus): boolean =>
  NEXT[from].includes(to);

/** An action still to be done: it holds the plan's readiness back. */
export const isActionOpen = (status: UpgradingActionStatus): boolean =>
  status === 'PLANNED' || status === 'IN_PROGRESS';

/** An action proposed from a gap, before anyone edits it. */
export interface DraftUpgradingAction {
  kind: UpgradingActionKind;
  title: string;
  /** CERTIFICATION only: the standard the need asks for; a certificate of it (or an equivalent) closes the action. */
  standardCode: string | null;
  owner: UpgradingActionOwner;
  dueOn: CalendarDate;
  /**
   * When the supplier needs it done to serve the need: the gap's own deadline (a renewal is needed
   * before the certificate lapses, which may be after deliveries start).
   */
  neededBy: CalendarDate;
  /** The gap it closes, as matching worded it. */
  gap: string;
}

/**
 * The kind of work that closes each kind of gap. A missing standard is certification; a product never
 * made is proved with samples and a trial (technical assistance); short capacity is bought (equipment);
 * lead time and long-haul logistics are organised with help (technical assistance).
 */
const KIND_FOR_GAP: Record<GapKind, UpgradingActionKind> = {
  CERTIFICATION: 'CERTIFICATION',
  COMPETENCE: 'TECHNICAL_ASSISTANCE',
  CAPACITY: 'EQUIPMENT',
  LEAD_TIME: 'TECHNICAL_ASSISTANCE',
  DISTANCE: 'TECHNICAL_ASSISTANCE',
};

/**
 * Turns a match's gaps into proposed actions, one per gap, owned by the supplier (who does the work;
 * the broker reassigns). A gap that takes time is due that many months from today; a gap closed by a
 * decision (months 0: join a coalition, agree shipments) is due by the gap's own deadline. The plan is
 * the parties' own document, edited by hand from then on: its titles are written once, in the language
 * of the person who makes the plan (decision 0022).
 */
export function draftActionsFromGaps(
  gaps: readonly Gap[],
  today: CalendarDate,
  locale: Locale,
): DraftUpgradingAction[] {
  return gaps.map((gap) => ({
    kind: KIND_FOR_GAP[gap.kind],
    title: renderMessage(gap.suggestedAction, locale),
    standardCode: gap.kind === 'CERTIFICATION' ? (gap.standardCode ?? null) : null,
    owner: 'SUPPLIER',
    dueOn:
      gap.monthsToClose > 0 ? addDays(today, Math.ceil(gap.monthsToClose * DAYS_PER_MONTH)) : gap.closeBy,
    neededBy: gap.closeBy,
    gap: renderMessage(gap.missing, locale),
  }));
}
