/**
 * Every e-mail the exchange sends, one template each: what the message says lives here, not in the
 * services that trigger it. nodemailer composes the MIME message (and encodes the subject); the
 * templates also keep a subject on one line whatever the names in it, so no header can be forged.
 */
export interface EmailMessage {
  subject: string;
  text: string;
}

const FOOTER =
  '\n—\nLinkage Exchange: where lead firms find local suppliers and producer groups sell jointly.\n';

/** One line, whatever a name contains (names refuse line breaks already; this holds regardless). */
const oneLine = (s: string) => s.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();

const message = (subject: string, body: string): EmailMessage => ({
  subject: oneLine(subject),
  text: `${body}\n${FOOTER}`,
});

/** An organisation's manager invites someone to join it. */
export function invitationEmail(p: {
  inviterName: string;
  organisationName: string;
  role: string;
  link: string;
  validDays: number;
}): EmailMessage {
  return message(
    `${p.inviterName} invites you to ${p.organisationName} on Linkage Exchange`,
    `${p.inviterName} invited you to join ${p.organisationName} as ${p.role.toLowerCase()}.\n\n` +
      `Accept within ${p.validDays} days: ${p.link}\n`,
  );
}

/** A group's coordinator lists an enterprise as a member; the enterprise's contact is told. */
export function memberListedEmail(p: {
  recordedBy: string;
  enterpriseName: string;
  groupName: string;
  link: string;
}): EmailMessage {
  return message(
    `${p.enterpriseName} is now listed as a member of ${p.groupName}`,
    `${p.recordedBy} recorded ${p.enterpriseName} as a member of ${p.groupName} on Linkage Exchange.\n\n` +
      `See the group's profile: ${p.link}\n`,
  );
}

/** Every in-app notification also goes by e-mail: its title, what happened, and where to act. */
export function notificationEmail(p: { title: string; body: string; link: string }): EmailMessage {
  return message(p.title, `${p.body}\n\n${p.link}\n`);
}
