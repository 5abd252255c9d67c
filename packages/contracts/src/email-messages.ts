import { type CalendarDate, type LinkageStage, type Locale, type MembershipRole } from '@linkage/domain';

/**
 * Every e-mail the exchange sends, one template each in every language: what the message says lives
 * here, not in the services that trigger it. An e-mail is written in its recipient's language — the
 * one they saved, else (for someone without an account yet, such as an invitee) the sender's.
 * nodemailer composes the MIME message and encodes a subject that is not ASCII (RFC 2047); the
 * templates also keep a subject on one line whatever the names in it, so no header can be forged.
 */
export interface EmailMessage {
  subject: string;
  text: string;
}

const FOOTER: Readonly<Record<Locale, string>> = {
  en: 'Linkage Exchange: where lead firms find local suppliers and producer groups sell jointly.',
  fr: 'Linkage Exchange : là où les donneurs d’ordres trouvent des fournisseurs locaux et où les groupements de producteurs vendent ensemble.',
  es: 'Linkage Exchange: donde las empresas ancla encuentran proveedores locales y los grupos de productores venden en conjunto.',
  ar: 'Linkage Exchange: حيث تجد الشركات الرائدة موردين محليين وتبيع مجموعات المنتجين معًا.',
};

const ROLE_NAMES: Readonly<Record<Locale, Readonly<Record<MembershipRole, string>>>> = {
  en: { OWNER: 'owner', ADMIN: 'admin', MEMBER: 'member' },
  fr: { OWNER: 'propriétaire', ADMIN: 'administrateur', MEMBER: 'membre' },
  es: { OWNER: 'propietario', ADMIN: 'administrador', MEMBER: 'miembro' },
  ar: { OWNER: 'مالك', ADMIN: 'مسؤول', MEMBER: 'عضو' },
};

/** One line, whatever a name contains (names refuse line breaks already; this holds regardless). */
const oneLine = (s: string) => s.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();

const message = (locale: Locale, subject: string, body: string): EmailMessage => ({
  subject: oneLine(subject),
  text: `${body}\n\n—\n${FOOTER[locale]}\n`,
});

/** A calendar day as the reader writes it, never shifted by a time zone. */
const day = (date: CalendarDate, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/** An organisation's manager invites someone to join it; written in the inviter's language. */
export function invitationEmail(
  p: { inviterName: string; organisationName: string; role: MembershipRole; link: string; validDays: number },
  locale: Locale,
): EmailMessage {
  const role = ROLE_NAMES[locale][p.role];
  const days = new Intl.PluralRules(locale).select(p.validDays);
  const texts: Record<Locale, () => [string, string]> = {
    en: () => [
      `${p.inviterName} invites you to ${p.organisationName} on Linkage Exchange`,
      `${p.inviterName} invited you to join ${p.organisationName} as ${role}.\n\nAccept within ${p.validDays} ${days === 'one' ? 'day' : 'days'}: ${p.link}`,
    ],
    fr: () => [
      `${p.inviterName} vous invite à rejoindre ${p.organisationName} sur Linkage Exchange`,
      `${p.inviterName} vous invite à rejoindre ${p.organisationName} en tant que ${role}.\n\nAcceptez dans les ${p.validDays} ${days === 'one' ? 'jour' : 'jours'} : ${p.link}`,
    ],
    es: () => [
      `${p.inviterName} le invita a unirse a ${p.organisationName} en Linkage Exchange`,
      `${p.inviterName} le invitó a unirse a ${p.organisationName} como ${role}.\n\nAcepte dentro de ${p.validDays} ${days === 'one' ? 'día' : 'días'}: ${p.link}`,
    ],
    ar: () => [
      `يدعوك ${p.inviterName} إلى الانضمام إلى ${p.organisationName} على Linkage Exchange`,
      `دعاك ${p.inviterName} إلى الانضمام إلى ${p.organisationName} بصفة ${role}.\n\nاقبل الدعوة خلال ${p.validDays} ${days === 'one' ? 'يوم' : days === 'two' ? 'يومين' : days === 'few' ? 'أيام' : 'يومًا'}: ${p.link}`,
    ],
  };
  return message(locale, ...texts[locale]());
}

/** A group's coordinator lists an enterprise as a member; the enterprise's contact is told. */
export function memberListedEmail(
  p: { recordedBy: string; enterpriseName: string; groupName: string; link: string },
  locale: Locale,
): EmailMessage {
  const texts: Record<Locale, () => [string, string]> = {
    en: () => [
      `${p.enterpriseName} is now listed as a member of ${p.groupName}`,
      `${p.recordedBy} recorded ${p.enterpriseName} as a member of ${p.groupName} on Linkage Exchange.\n\nSee the group's profile: ${p.link}`,
    ],
    fr: () => [
      `${p.enterpriseName} figure désormais parmi les membres de ${p.groupName}`,
      `${p.recordedBy} a enregistré ${p.enterpriseName} comme membre de ${p.groupName} sur Linkage Exchange.\n\nVoir le profil du groupement : ${p.link}`,
    ],
    es: () => [
      `${p.enterpriseName} figura ahora como miembro de ${p.groupName}`,
      `${p.recordedBy} registró a ${p.enterpriseName} como miembro de ${p.groupName} en Linkage Exchange.\n\nVer el perfil del grupo: ${p.link}`,
    ],
    ar: () => [
      `أصبحت ${p.enterpriseName} مدرجة عضوًا في ${p.groupName}`,
      `سجّل ${p.recordedBy} ${p.enterpriseName} عضوًا في ${p.groupName} على Linkage Exchange.\n\nاطّلع على ملف المجموعة: ${p.link}`,
    ],
  };
  return message(locale, ...texts[locale]());
}

/** Every in-app notification also goes by e-mail: its title, what happened, and where to act. */
export function notificationEmail(
  p: { title: string; body: string; link: string },
  locale: Locale,
): EmailMessage {
  return message(locale, p.title, `${p.body}\n\n${p.link}`);
}

/** A notification's words in one language. */
export interface NoticeText {
  title: string;
  body: string;
}

/** A certificate enters its expiry window: its holder's people are told, each in their language. */
export function certificateExpiringNotice(
  p: { standardName: string; holderName: string; validUntil: CalendarDate },
  locale: Locale,
): NoticeText {
  const until = day(p.validUntil, locale);
  const texts: Record<Locale, NoticeText> = {
    en: {
      title: `${p.standardName} certificate of ${p.holderName} expires on ${until}`,
      body: `The ${p.standardName} certificate of ${p.holderName} is valid until ${until}. Book the renewal audit now so buyers keep seeing it as valid.`,
    },
    fr: {
      title: `Le certificat ${p.standardName} de ${p.holderName} expire le ${until}`,
      body: `Le certificat ${p.standardName} de ${p.holderName} est valable jusqu’au ${until}. Programmez dès maintenant l’audit de renouvellement pour que les donneurs d’ordres continuent de le voir valide.`,
    },
    es: {
      title: `El certificado ${p.standardName} de ${p.holderName} vence el ${until}`,
      body: `El certificado ${p.standardName} de ${p.holderName} es válido hasta el ${until}. Programe ya la auditoría de renovación para que las empresas ancla lo sigan viendo vigente.`,
    },
    ar: {
      title: `تنتهي صلاحية شهادة ${p.standardName} الخاصة بـ${p.holderName} في ${until}`,
      body: `شهادة ${p.standardName} الخاصة بـ${p.holderName} صالحة حتى ${until}. احجز تدقيق التجديد الآن حتى تظل الشركات الرائدة تراها سارية.`,
    },
  };
  return { title: oneLine(texts[locale].title), body: texts[locale].body };
}

const STAGE_NAMES: Readonly<Record<Locale, Readonly<Record<LinkageStage, string>>>> = {
  en: {
    INTRODUCED: 'introduced',
    MEETING: 'meeting',
    SAMPLING: 'sampling',
    TRIAL_ORDER: 'trial order',
    AGREEMENT: 'agreement',
    SUPPLYING: 'supplying',
    UNDER_REVIEW: 'under review',
    ENDED: 'ended',
    PHASED_OUT: 'phased out',
  },
  fr: {
    INTRODUCED: 'mise en relation',
    MEETING: 'rencontre',
    SAMPLING: 'échantillons',
    TRIAL_ORDER: 'commande d’essai',
    AGREEMENT: 'accord',
    SUPPLYING: 'approvisionnement',
    UNDER_REVIEW: 'en revue',
    ENDED: 'terminée',
    PHASED_OUT: 'arrêtée progressivement',
  },
  es: {
    INTRODUCED: 'presentación',
    MEETING: 'reunión',
    SAMPLING: 'muestras',
    TRIAL_ORDER: 'pedido de prueba',
    AGREEMENT: 'acuerdo',
    SUPPLYING: 'abastecimiento',
    UNDER_REVIEW: 'en revisión',
    ENDED: 'terminada',
    PHASED_OUT: 'retirada gradualmente',
  },
  ar: {
    INTRODUCED: 'التعارف',
    MEETING: 'الاجتماع',
    SAMPLING: 'العينات',
    TRIAL_ORDER: 'الطلبية التجريبية',
    AGREEMENT: 'الاتفاق',
    SUPPLYING: 'التوريد',
    UNDER_REVIEW: 'قيد المراجعة',
    ENDED: 'منتهية',
    PHASED_OUT: 'أُنهيت تدريجيًا',
  },
};

/** A linkage has had no step for too long: its parties and its broker are told, each in their language. */
export function linkageStalledNotice(
  p: { supplierName: string; leadFirmName: string; lastStepOn: CalendarDate; stage: LinkageStage },
  locale: Locale,
): NoticeText {
  const since = day(p.lastStepOn, locale);
  const stage = STAGE_NAMES[locale][p.stage];
  const texts: Record<Locale, NoticeText> = {
    en: {
      title: `Stalled: ${p.supplierName} × ${p.leadFirmName}`,
      body: `No step has been recorded since ${since} (${stage}). Record what happened, or set the next action and its date.`,
    },
    fr: {
      title: `Au point mort : ${p.supplierName} × ${p.leadFirmName}`,
      body: `Aucune étape n’a été enregistrée depuis le ${since} (${stage}). Notez ce qui s’est passé, ou fixez la prochaine action et sa date.`,
    },
    es: {
      title: `Estancada: ${p.supplierName} × ${p.leadFirmName}`,
      body: `No se ha registrado ningún paso desde el ${since} (${stage}). Registre lo ocurrido, o fije la próxima acción y su fecha.`,
    },
    ar: {
      title: `متوقفة: ${p.supplierName} × ${p.leadFirmName}`,
      body: `لم تُسجَّل أي خطوة منذ ${since} (${stage}). سجّل ما حدث، أو حدّد الإجراء التالي وموعده.`,
    },
  };
  return { title: oneLine(texts[locale].title), body: texts[locale].body };
}
