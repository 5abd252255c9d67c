import { ICalCalendarMethod, ICalEventStatus, default as ical } from 'ical-generator';
import { meetingEnd } from '@linkage/domain';

export interface MeetingInvitation {
  introductionId: string;
  sequence: number;
  startsAt: Date;
  durationMinutes: number;
  place: string | null;
  link: string | null;
  summary: string;
  description: string;
  organizer: { name: string; email: string } | null;
}

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8; method=REQUEST';

/**
 * The introduction meeting as an iCalendar invitation (RFC 5545, METHOD:REQUEST). Its UID is the
 * introduction's, stable across reschedules, and its SEQUENCE the number of times it was arranged,
 * so a calendar that already holds the meeting moves it instead of adding a second one. Times are
 * written in UTC: every calendar program shows them in its owner's zone.
 */
export function meetingInvitation(m: MeetingInvitation): string {
  const calendar = ical({
    prodId: { company: 'Linkage Exchange', product: 'Introductions', language: 'EN' },
    method: ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: introductionUid(m.introductionId),
    sequence: m.sequence,
    start: m.startsAt,
    end: meetingEnd(m.startsAt, m.durationMinutes),
    stamp: new Date(),
    summary: m.summary,
    description: m.description,
    location: m.place ?? m.link,
    url: m.link,
    organizer: m.organizer,
    status: ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}

const introductionUid = (introductionId: string) => `introduction-${introductionId}@linkage.exchange`;
