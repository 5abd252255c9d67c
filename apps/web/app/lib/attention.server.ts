import type { MyOrganisationView } from '@linkage/contracts';
import { MATCHABLE_NEED_STATUSES } from '@linkage/domain';
import type { TFunction } from 'i18next';
import type { UserApi } from './api.server';
import { formatDate } from './format';
import type { Locale } from './i18n';

/** Who reads the dashboard: its texts are written here, in their language. */
export interface Reader {
  t: TFunction;
  locale: Locale;
}

/** One thing on the dashboard that asks for the person's attention, with where to act on it. */
export interface AttentionItem {
  text: string;
  link: string;
  tone: 'action' | 'warn' | 'info';
}

/** A first step of a new organisation, done or not, each a link to where it is done. */
export interface FirstStep {
  label: string;
  hint: string;
  link: string;
  done: boolean;
}

export interface OrganisationAttention {
  id: string;
  name: string;
  kind: MyOrganisationView['kind'];
  items: AttentionItem[];
  /** Shown until every step is done. */
  firstSteps: FirstStep[] | null;
}

/** The dashboard reads this many organisations and open needs at most: it points, the pages list. */
const ORGANISATIONS_READ = 5;
const NEEDS_READ = 5;

/**
 * "What needs my attention", per organisation: introductions waiting on its answer; for a producer
 * group its invitations, joint offers to confirm, matched needs and certificates running out, and the order of first steps (members →
 * capacity → certificates → catalogue → publish); for a lead firm its open needs with their matches
 * and offers, and its first steps. Read from the pages' own API calls, so it says what they show.
 */
export async function attentionOf(
  api: UserApi,
  organisations: MyOrganisationView[],
  reader: Reader,
): Promise<OrganisationAttention[]> {
  const { t } = reader;
  const read = organisations.filter((o) => o.kind === 'PRODUCER_GROUP' || o.kind === 'LEAD_FIRM');
  const [introductions, ...attention] = await Promise.all([
    read.length ? api.listIntroductions() : undefined,
    ...read
      .slice(0, ORGANISATIONS_READ)
      .map((o) =>
        o.kind === 'PRODUCER_GROUP' ? groupAttention(api, o, reader) : leadFirmAttention(api, o, reader),
      ),
  ]);
  // Introductions waiting on this person's answer come first: a broker is waiting on them.
  const waiting = introductions?.ok ? introductions.data.filter((i) => i.status === 'PROPOSED') : [];
  for (const a of attention as OrganisationAttention[]) {
    const asks = waiting.flatMap((i): AttentionItem[] => {
      // A discreet group is named to the buyer only once it consents.
      const others = i.parties.map((p) => p.name ?? t('attention.aGroup')).join(', ');
      if (a.kind === 'LEAD_FIRM' && i.youMay.answer && i.need.leadFirm.id === a.id)
        return [
          {
            text: t('attention.introductionToAnswer', {
              programme: i.programme.name,
              groups: others,
              need: i.need.title,
            }),
            link: `/introductions/${i.id}`,
            tone: 'action',
          },
        ];
      if (a.kind === 'PRODUCER_GROUP' && i.youMay.consentFor.includes(a.id))
        return [
          {
            text: t('attention.introductionToConsent', {
              programme: i.programme.name,
              buyer: i.need.leadFirm.name,
              need: i.need.title,
            }),
            link: `/introductions/${i.id}`,
            tone: 'action',
          },
        ];
      return [];
    });
    a.items.unshift(...asks);
  }
  return attention as OrganisationAttention[];
}

async function groupAttention(
  api: UserApi,
  o: MyOrganisationView,
  { t, locale }: Reader,
): Promise<OrganisationAttention> {
  const [needs, certificates, members, capacity, catalogue] = await Promise.all([
    api.listMatchedNeeds(o.id),
    api.listCertifications(o.id),
    api.listGroupMembers(o.id),
    api.listCapacityEntries(o.id),
    api.listCatalogue(o.id),
  ]);
  const base = `/organisations/${o.id}`;
  const items: AttentionItem[] = [];
  if (needs.ok) {
    for (const n of needs.data) {
      if (n.offer?.awaitingYou)
        items.push({
          text: t('attention.confirmJointOffer', { lead: n.offer.ledBy, need: n.title }),
          link: `${base}/matched-needs`,
          tone: 'action',
        });
      else if (n.matchStatus === 'INVITED' && !n.offer)
        items.push({
          text: t('attention.invitedToOffer', {
            buyer: n.leadFirmName,
            need: n.title,
            date: formatDate(n.responseDeadline, locale),
          }),
          link: `${base}/matched-needs`,
          tone: 'action',
        });
    }
    const others = needs.data.filter((n) => n.matchStatus !== 'INVITED' && !n.offer).length;
    if (others)
      items.push({
        text: t('attention.needsMatchGroup', { count: others }),
        link: `${base}/matched-needs`,
        tone: 'info',
      });
  }
  if (certificates.ok)
    for (const c of certificates.data.filter((c) => c.status !== 'VALID'))
      items.push({
        text: t(c.status === 'EXPIRED' ? 'attention.certificateExpired' : 'attention.certificateExpires', {
          standard: c.standard.name,
          date: formatDate(c.validUntil, locale),
        }),
        link: `${base}/certifications`,
        tone: 'warn',
      });
  const steps: FirstStep[] = [
    {
      label: t('attention.step.members.label'),
      hint: t('attention.step.members.hint'),
      link: `${base}/group-members`,
      done: members.ok && members.data.length > 0,
    },
    {
      label: t('attention.step.capacity.label'),
      hint: t('attention.step.capacity.hint'),
      link: `${base}/capacity`,
      done: capacity.ok && capacity.data.some((l) => l.committed),
    },
    {
      label: t('attention.step.certificates.label'),
      hint: t('attention.step.certificates.hint'),
      link: `${base}/certifications`,
      done: certificates.ok && certificates.data.length > 0,
    },
    {
      label: t('attention.step.catalogueItem.label'),
      hint: t('attention.step.catalogueItem.hint'),
      link: `${base}/catalogue`,
      done: catalogue.ok && catalogue.data.length > 0,
    },
    {
      label: t('attention.step.publish.label'),
      hint: t('attention.step.publish.hint'),
      link: `${base}/catalogue`,
      done: catalogue.ok && catalogue.data.some((i) => i.published),
    },
  ];
  return {
    id: o.id,
    name: o.legalName,
    kind: o.kind,
    items,
    firstSteps: steps.every((s) => s.done) ? null : steps,
  };
}

async function leadFirmAttention(
  api: UserApi,
  o: MyOrganisationView,
  { t }: Reader,
): Promise<OrganisationAttention> {
  const [needs, people] = await Promise.all([api.listNeeds(o.id), api.listMembers(o.id)]);
  const open = needs.ok ? needs.data.filter((n) => MATCHABLE_NEED_STATUSES.includes(n.status)) : [];
  const items: AttentionItem[] = await Promise.all(
    open.slice(0, NEEDS_READ).map(async (n): Promise<AttentionItem> => {
      const [matches, offers] = await Promise.all([api.getNeedMatches(n.id), api.getNeedOffers(n.id)]);
      const matched = matches.ok ? matches.data.total : 0;
      const received = offers.ok ? offers.data.count : 0;
      return {
        text: t('attention.needProgress', {
          need: n.title,
          matches: t('attention.suppliersMatch', { count: matched }),
          offers: t('attention.offersReceived', { count: received }),
        }),
        link: `/needs/${n.id}`,
        tone: received ? 'action' : 'info',
      };
    }),
  );
  const base = `/organisations/${o.id}`;
  const steps: FirstStep[] = [
    {
      label: t('attention.step.firstNeed.label'),
      hint: t('attention.step.firstNeed.hint'),
      link: base,
      done: needs.ok && needs.data.length > 0,
    },
    {
      label: t('attention.step.colleagues.label'),
      hint: t('attention.step.colleagues.hint'),
      link: `${base}/members`,
      done: people.ok && people.data.length > 1,
    },
    {
      label: t('attention.step.verified.label'),
      hint: t('attention.step.verified.hint'),
      link: '/programmes',
      done: o.verified,
    },
  ];
  return {
    id: o.id,
    name: o.legalName,
    kind: o.kind,
    items,
    firstSteps: steps.every((s) => s.done) ? null : steps,
  };
}
