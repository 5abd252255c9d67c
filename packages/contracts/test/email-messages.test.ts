import {
  certificateExpiringNotice,
  linkageStalledNotice,
  invitationEmail,
  memberListedEmail,
  notificationEmail,
} from '../src/email-messages.js';

test('an invitation names who invites, to what, as what, and until when, with the link', () => {
  const mail = invitationEmail(
    {
      inviterName: 'Amina El Idrissi',
      organisationName: 'Vitargan',
      role: 'ADMIN',
      link: 'https://exchange.example.org/invitations/abc',
      validDays: 14,
    },
    'en',
  );
  expect(mail.subject).toBe('Amina El Idrissi invites you to Vitargan on Linkage Exchange');
  expect(mail.text).toContain('join Vitargan as admin');
  expect(mail.text).toContain('Accept within 14 days: https://exchange.example.org/invitations/abc');
});

test('a subject stays on one line whatever the names in it carry, so no header can be added', () => {
  const forged = memberListedEmail(
    {
      recordedBy: 'Someone',
      enterpriseName: 'Coop\r\nBcc: victim@example.test',
      groupName: 'Group\nX-Evil: 1',
      link: 'https://exchange.example.org/organisations/1',
    },
    'en',
  );
  expect(forged.subject).not.toMatch(/[\r\n]/);
  expect(forged.subject).toBe('Coop Bcc: victim@example.test is now listed as a member of Group X-Evil: 1');
  expect(notificationEmail({ title: 'A\r\nB', body: 'b', link: 'l' }, 'en').subject).toBe('A B');
});

test('every message ends with the same footer', () => {
  for (const mail of [
    notificationEmail({ title: 'Stalled', body: 'No step since', link: 'https://x/linkages/1' }, 'en'),
    invitationEmail(
      { inviterName: 'A', organisationName: 'B', role: 'MEMBER', link: 'l', validDays: 14 },
      'en',
    ),
  ])
    expect(mail.text).toMatch(/—\nLinkage Exchange: .*\n$/);
});

test('an invitation is written in the inviter’s language, its role named in it', () => {
  const invitation = {
    inviterName: 'Rosa Quispe',
    organisationName: 'Muyu',
    role: 'MEMBER' as const,
    link: 'l',
    validDays: 14,
  };
  expect(invitationEmail(invitation, 'fr')).toEqual({
    subject: 'Rosa Quispe vous invite à rejoindre Muyu sur Linkage Exchange',
    text: expect.stringContaining('en tant que membre.\n\nAcceptez dans les 14 jours : l'),
  });
  expect(invitationEmail(invitation, 'es').text).toContain('como miembro.\n\nAcepte dentro de 14 días: l');
  expect(invitationEmail(invitation, 'ar').text).toContain('بصفة عضو');
  expect(invitationEmail({ ...invitation, validDays: 1 }, 'en').text).toContain('Accept within 1 day:');
  expect(invitationEmail(invitation, 'fr').text).toMatch(/—\nLinkage Exchange : .*donneurs d’ordres.*\n$/);
});

test('a certificate notice gives its date as the reader writes it', () => {
  const notice = { standardName: 'EU organic', holderName: 'Ande Natura', validUntil: '2027-03-01' };
  expect(certificateExpiringNotice(notice, 'en').title).toBe(
    'EU organic certificate of Ande Natura expires on March 1, 2027',
  );
  expect(certificateExpiringNotice(notice, 'fr').title).toBe(
    'Le certificat EU organic de Ande Natura expire le 1 mars 2027',
  );
  expect(certificateExpiringNotice(notice, 'es').body).toContain('es válido hasta el 1 de marzo de 2027');
  expect(certificateExpiringNotice(notice, 'ar').title).toContain('Ande Natura');
});

test('a stalled-linkage notice names the stage and the last step in the reader’s language', () => {
  const stalled = {
    supplierName: 'Muyu',
    leadFirmName: 'Andes',
    lastStepOn: '2026-10-02',
    stage: 'TRIAL_ORDER' as const,
  };
  expect(linkageStalledNotice(stalled, 'en').body).toMatch(
    /^No step has been recorded since October 2, 2026 \(trial order\)\./,
  );
  expect(linkageStalledNotice(stalled, 'es')).toEqual({
    title: 'Estancada: Muyu × Andes',
    body: expect.stringMatching(
      /^No se ha registrado ningún paso desde el 2 de octubre de 2026 \(pedido de prueba\)\./,
    ),
  });
});
