import { type CalendarDate, addDays } from '../dates/calendar-date.js';
import { type TrackRecord } from '../matching/types.js';

/**
 * How far back deliveries count, for matching's track record and the group's scorecard alike: the
 * last twelve months, today included.
 */
const TRACK_RECORD_DAYS = 365;

/** The window's bounds: a day counts when `after < day <= through`. */
export function trackRecordWindow(today: CalendarDate): { after: CalendarDate; through: CalendarDate } {
  return { after: addDays(today, -TRACK_RECORD_DAYS), through: today };
}

const inWindow = (day: CalendarDate, w: { after: CalendarDate; through: CalendarDate }) =>
  day > w.after && day <= w.through;

/** A delivery under a linkage and how it went. */
export interface DeliveryOutcome {
  deliveredOn: CalendarDate;
  onTime: boolean;
  conforming: boolean;
}

/** An order under a linkage; the first of a linkage is its trial order, each later one a repeat. */
export interface PlacedOrder {
  linkageId: string;
  placedOn: CalendarDate;
}

/** The supplier's deliveries of the last twelve months, counted: what matching scores. */
export function trackRecordOf(deliveries: readonly DeliveryOutcome[], today: CalendarDate): TrackRecord {
  const w = trackRecordWindow(today);
  const record: TrackRecord = { deliveries: 0, onTimeDeliveries: 0, conformingDeliveries: 0 };
  for (const d of deliveries) {
    if (!inWindow(d.deliveredOn, w)) continue;
    record.deliveries++;
    if (d.onTime) record.onTimeDeliveries++;
    if (d.conforming) record.conformingDeliveries++;
  }
  return record;
}

/** The scorecard a group's profile shows; percentages are null without deliveries. */
export interface DeliveryScorecard {
  deliveries: number;
  onTimePercent: number | null;
  conformingPercent: number | null;
  repeatOrders: number;
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((100 * part) / whole));

/**
 * The supplier's delivery scorecard over the last twelve months: the track record matching scores,
 * as percentages, and the repeat orders placed in the window (orders after a linkage's first, in the
 * order they were placed; the trial order before them may be older).
 */
export function deliveryScorecard(
  deliveries: readonly DeliveryOutcome[],
  orders: readonly PlacedOrder[],
  today: CalendarDate,
): DeliveryScorecard {
  const record = trackRecordOf(deliveries, today);
  const w = trackRecordWindow(today);
  const byLinkage = new Map<string, CalendarDate[]>();
  for (const o of orders) byLinkage.set(o.linkageId, [...(byLinkage.get(o.linkageId) ?? []), o.placedOn]);
  let repeatOrders = 0;
  for (const days of byLinkage.values()) {
    const [, ...repeats] = [...days].sort();
    repeatOrders += repeats.filter((day) => inWindow(day, w)).length;
  }
  return {
    deliveries: record.deliveries,
    onTimePercent: percent(record.onTimeDeliveries, record.deliveries),
    conformingPercent: percent(record.conformingDeliveries, record.deliveries),
    repeatOrders,
  };
}
