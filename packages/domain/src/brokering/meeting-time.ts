/**
 * Meeting times: people arrange a meeting as a day and a clock time where it happens (an IANA time
 * zone such as Africa/Casablanca); the instant is stored in UTC. The conversion uses the platform's
 * time-zone database (Intl), so daylight-saving rules are the ones the runtime ships.
 */

/** Meetings last between five minutes and a working day. */
export const MEETING_MIN_MINUTES = 5;
export const MEETING_MAX_MINUTES = 12 * 60;

/** Whether the runtime knows this IANA time zone name ("Europe/Paris", "UTC"). */
export function isTimeZone(name: string): boolean {
  if (!name.includes('/') && name !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour */
  time: string;
}

/** The day and clock time an instant shows in a time zone. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Milliseconds the zone is ahead of UTC at an instant. */
function offsetAt(instant: number, timeZone: string): number {
  const { date, time } = wallClockAt(new Date(instant), timeZone);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}

/**
 * The instant a day and clock time in a time zone stand for. A clock time skipped by a
 * daylight-saving change (02:30 on the night clocks go forward) is taken with the offset before
 * the change, as calendar programs do, which lands an hour later on the clock.
 */
export function zonedTimeToUtc({ date, time }: WallClock, timeZone: string): Date {
  const naive = Date.parse(`${date}T${time}:00Z`);
  // An offset is right when the instant it gives has that offset; near a change only one of the
  // offsets on either side of it is, and in a skipped hour neither is.
  const candidates = [offsetAt(naive, timeZone)];
  candidates.push(offsetAt(naive - candidates[0]!, timeZone));
  const consistent = candidates.find((o) => offsetAt(naive - o, timeZone) === o);
  return new Date(naive - (consistent ?? Math.min(...candidates)));
}

/** The end of a meeting. */
export const meetingEnd = (startsAt: Date, durationMinutes: number): Date =>
  new Date(startsAt.getTime() + durationMinutes * 60_000);

/** "Tue, 12 Jan 2027, 10:00–11:00 (Africa/Casablanca)": the meeting as people read it. */
export function formatMeeting(startsAt: Date, durationMinutes: number, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(startsAt);
  const from = wallClockAt(startsAt, timeZone).time;
  const to = wallClockAt(meetingEnd(startsAt, durationMinutes), timeZone).time;
  return `${day}, ${from}–${to} (${timeZone})`;
}
