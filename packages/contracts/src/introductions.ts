import { z } from 'zod';
import {
  type IntroductionStatus,
  type LeadFirmAnswer,
  MAX_INTRODUCED_GROUPS,
  MEETING_MAX_MINUTES,
  MEETING_MIN_MINUTES,
  type PartyConsent,
  isTimeZone,
} from '@linkage/domain';
import { isoDateField, uuidField } from './fields.js';

const reasonField = z
  .string()
  .trim()
  .max(1000, { error: 'At most 1,000 characters' })
  .transform((s) => s || undefined)
  .optional();

/** POST /needs/:needId/introductions — a broker proposes one group, or a coalition, to the need's lead firm. */
export const ProposeIntroductionSchema = z.object({
  /** The programme making the introduction; may be left out by a broker of one programme only. */
  programmeId: uuidField.optional(),
  groupIds: z
    .array(uuidField, { error: 'Choose the producer groups to introduce' })
    .min(1, { error: 'Choose at least one producer group' })
    .max(MAX_INTRODUCED_GROUPS, { error: `At most ${MAX_INTRODUCED_GROUPS} groups in one introduction` })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Name each group once' }),
  note: z
    .string({ error: 'Say why these parties should meet' })
    .trim()
    .min(1, { error: 'Say why these parties should meet' })
    .max(2000, { error: 'At most 2,000 characters' }),
});
export type ProposeIntroductionInput = z.infer<typeof ProposeIntroductionSchema>;

/** POST /introductions/:id/answer — the lead firm accepts or declines. */
export const AnswerIntroductionSchema = z.object({
  answer: z.enum(['ACCEPT', 'DECLINE'], { error: 'Choose ACCEPT or DECLINE' }),
  reason: reasonField,
});
export type AnswerIntroductionInput = z.infer<typeof AnswerIntroductionSchema>;

/** POST /introductions/:id/consent — an introduced group consents or refuses, for itself. */
export const ConsentToIntroductionSchema = z.object({
  /** The group answering; may be left out by a manager of one introduced group only. */
  groupId: uuidField.optional(),
  answer: z.enum(['CONSENT', 'REFUSE'], { error: 'Choose CONSENT or REFUSE' }),
  reason: reasonField,
});
export type ConsentToIntroductionInput = z.infer<typeof ConsentToIntroductionSchema>;

/** PUT /introductions/:id/meeting — arrange or move the introduction meeting. */
export const ScheduleMeetingSchema = z
  .object({
    date: isoDateField,
    time: z
      .string({ error: 'Enter a start time' })
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Use a time written HH:MM, such as 09:30' }),
    durationMinutes: z.coerce
      .number({ error: 'Enter the length in minutes' })
      .int({ error: 'Use whole minutes' })
      .min(MEETING_MIN_MINUTES, { error: `At least ${MEETING_MIN_MINUTES} minutes` })
      .max(MEETING_MAX_MINUTES, { error: `At most ${MEETING_MAX_MINUTES / 60} hours` }),
    timeZone: z
      .string({ error: 'Choose the time zone of the meeting' })
      .trim()
      .refine(isTimeZone, { error: 'Use a time zone name such as Africa/Casablanca or Europe/Paris' }),
    place: z
      .string()
      .trim()
      .max(300, { error: 'At most 300 characters' })
      .transform((s) => s || undefined)
      .optional(),
    // A form sends an empty field for "no link".
    link: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .url({ protocol: /^https$/, error: 'Use a call link starting with https://' })
        .max(500, { error: 'At most 500 characters' })
        .optional(),
    ),
  })
  .refine((m) => m.place || m.link, {
    error: 'Give a place or a call link',
    path: ['place'],
  });
export type ScheduleMeetingInput = z.infer<typeof ScheduleMeetingSchema>;

export interface IntroductionPartyView {
  groupId: string;
  /** null while the viewer may not see the group (a discreet group that has not consented yet). */
  name: string | null;
  consent: PartyConsent;
  reason: string | null;
  answeredAt: string | null;
  /** The linkage the accepted introduction started or continued, for those who may follow it. */
  linkageId: string | null;
}

export interface IntroductionMeetingView {
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  timeZone: string;
  /** The day and clock time in `timeZone`, as arranged. */
  date: string;
  time: string;
  /** "Tue, 12 Jan 2027, 10:00–11:00 (Africa/Casablanca)" */
  label: string;
  place: string | null;
  link: string | null;
  /** How many times it was arranged: the invitation's SEQUENCE. */
  sequence: number;
}

export interface IntroductionView {
  id: string;
  status: IntroductionStatus;
  /** Who declined a declined introduction: the lead firm, or which group refused. */
  declinedBy: { by: 'LEAD_FIRM' } | { by: 'GROUP'; groupId: string } | null;
  need: { id: string; title: string; leadFirm: { id: string; name: string } };
  programme: { id: string; name: string };
  proposedBy: string | null;
  note: string;
  createdAt: string;
  decidedAt: string | null;
  leadFirmAnswer: LeadFirmAnswer;
  leadFirmReason: string | null;
  answeredAt: string | null;
  parties: IntroductionPartyView[];
  meeting: IntroductionMeetingView | null;
  /** What the viewer may do now. */
  youMay: {
    answer: boolean;
    /** The groups the viewer may consent or refuse for. */
    consentFor: string[];
    withdraw: boolean;
    scheduleMeeting: boolean;
  };
}
