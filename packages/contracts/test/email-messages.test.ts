import { invitationEmail, memberListedEmail, notificationEmail } from '../src/email-messages.js';

test('an invitation names who invites, to what, as what, and until when, with the link', () => {
  const mail = invitationEmail({
    inviterName: 'Amina El Idrissi',
    organisationName: 'Vitargan',
    role: 'ADMIN',
    link: 'https://exchange.example.org/invitations/abc',
    validDays: 14,
  });
  expect(mail.subject).toBe('Amina El Idrissi invites you to Vitargan on Linkage Exchange');
  expect(mail.text).toContain('join Vitargan as admin');
  expect(mail.text).toContain('Accept within 14 days: https://exchange.example.org/invitations/abc');
});

test('a subject stays on one line whatever the names in it carry, so no header can be added', () => {
  const forged = memberListedEmail({
    recordedBy: 'Someone',
    enterpriseName: 'Coop\r\nBcc: victim@example.test',
    groupName: 'Group\nX-Evil: 1',
    link: 'https://exchange.example.org/organisations/1',
  });
  expect(forged.subject).not.toMatch(/[\r\n]/);
  expect(forged.subject).toBe('Coop Bcc: victim@example.test is now listed as a member of Group X-Evil: 1');
  expect(notificationEmail({ title: 'A\r\nB', body: 'b', link: 'l' }).subject).toBe('A B');
});

test('every message ends with the same footer', () => {
  for (const mail of [
    notificationEmail({ title: 'Stalled', body: 'No step since', link: 'https://x/linkages/1' }),
    invitationEmail({ inviterName: 'A', organisationName: 'B', role: 'MEMBER', link: 'l', validDays: 14 }),
  ])
    expect(mail.text).toMatch(/—\nLinkage Exchange: .*\n$/);
});
