import { z } from 'zod';

export const NotificationKind = {
  CertificateExpiring: 'certificate.expiring',
  InvitedToOffer: 'need.invited',
  OfferReceived: 'offer.received',
  OfferAwarded: 'offer.awarded',
  OfferDeclined: 'offer.declined',
  AwardCancelled: 'award.cancelled',
  NeedQuestion: 'need.question',
  NeedAnswer: 'need.answer',
  JointOfferToConfirm: 'offer.joint.confirm',
  ReservedMemberChanged: 'reservation.member-changed',
  LinkageStalled: 'linkage.stalled',
  IntroductionProposed: 'introduction.proposed',
  IntroductionAnswered: 'introduction.answered',
  IntroductionConsented: 'introduction.consented',
  IntroductionAccepted: 'introduction.accepted',
  IntroductionDeclined: 'introduction.declined',
  IntroductionWithdrawn: 'introduction.withdrawn',
  IntroductionMeeting: 'introduction.meeting',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

export const ListNotificationsQuerySchema = z.object({
  unread: z
    .enum(['true', 'false'], { error: 'Use unread=true or unread=false' })
    .default('false')
    .transform((v) => v === 'true'),
});
export type ListNotificationsQuery = z.infer<typeof ListNotificationsQuerySchema>;

export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationListView {
  unreadCount: number;
  items: NotificationView[];
}
