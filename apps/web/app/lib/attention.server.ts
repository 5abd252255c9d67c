import type { MyOrganisationView } from '@linkage/contracts';
import { MATCHABLE_NEED_STATUSES } from '@linkage/domain';
import type { UserApi } from './api.server';
import { formatDate } from './format';

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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "What needs my attention", per organisation: introductions waiting on its answer; for a producer
 * group its invitations, joint offers to confirm, matched needs and certificates running out, and the order of first steps (members →
 * capacity → certificates → catalogue → publish); for a lead firm its open needs with their matches
 * and offers, and its first steps. Read from the pages' own API calls, so it says what they show.
 */
export async function attentionOf(
  api: UserApi,
  organisations: MyOrganisationView[],
): Promise<OrganisationAttention[]> {
  const read = organisations.filter((o) => o.kind === 'PRODUCER_GROUP' || o.kind === 'LEAD_FIRM');
  const [introductions, ...attention] = await Promise.all([
    read.length ? api.listIntroductions() : undefined,
    ...read
      .slice(0, ORGANISATIONS_READ)
      .map((o) => (o.kind === 'PRODUCER_GROUP' ? groupAttention(api, o) : leadFirmAttention(api, o))),
  ]);
  // Introductions waiting on this person's answer come first: a broker is waiting on them.
  const waiting = introductions?.ok ? introductions.data.filter((i) => i.status === 'PROPOSED') : [];
  for (const a of attention as OrganisationAttention[]) {
    const asks = waiting.flatMap((i): AttentionItem[] => {
      // A discreet group is named to the buyer only once it consents.
      const others = i.parties.map((p) => p.name ?? 'a producer group').join(', ');
      if (a.kind === 'LEAD_FIRM' && i.youMay.answer && i.need.leadFirm.id === a.id)
        return [
          {
            text: `${i.programme.name} introduces ${others} for “${i.need.title}”: accept or decline`,
            link: `/introductions/${i.id}`,
            tone: 'action',
          },
        ];
      if (a.kind === 'PRODUCER_GROUP' && i.youMay.consentFor.includes(a.id))
        return [
          {
            text: `${i.programme.name} introduces you to ${i.need.leadFirm.name} for “${i.need.title}”: consent or refuse`,
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

async function groupAttention(api: UserApi, o: MyOrganisationView): Promise<OrganisationAttention> {
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
          text: `${n.offer.ledBy} asks you to confirm your part of a joint offer on “${n.title}”`,
          link: `${base}/matched-needs`,
          tone: 'action',
        });
      else if (n.matchStatus === 'INVITED' && !n.offer)
        items.push({
          text: `${n.leadFirmName} invites you to offer on “${n.title}” (answers by ${formatDate(n.responseDeadline)})`,
          link: `${base}/matched-needs`,
          tone: 'action',
        });
    }
    const others = needs.data.filter((n) => n.matchStatus !== 'INVITED' && !n.offer).length;
    if (others)
      items.push({
        text: `${plural(others, 'sourcing need matches', 'sourcing needs match')} your group`,
        link: `${base}/matched-needs`,
        tone: 'info',
      });
  }
  if (certificates.ok)
    for (const c of certificates.data.filter((c) => c.status !== 'VALID'))
      items.push({
        text: `${c.standard.name} ${c.status === 'EXPIRED' ? 'expired on' : 'expires on'} ${formatDate(c.validUntil)}: plan its renewal`,
        link: `${base}/certifications`,
        tone: 'warn',
      });
  const steps: FirstStep[] = [
    {
      label: 'Add your member enterprises',
      hint: 'Who produces, so buyers see the group behind the offer.',
      link: `${base}/group-members`,
      done: members.ok && members.data.length > 0,
    },
    {
      label: 'Record committed capacity',
      hint: 'What members commit to supply, per month or season.',
      link: `${base}/capacity`,
      done: capacity.ok && capacity.data.some((l) => l.committed),
    },
    {
      label: 'Record certificates',
      hint: 'Standards held by the group or its members, with evidence.',
      link: `${base}/certifications`,
      done: certificates.ok && certificates.data.length > 0,
    },
    {
      label: 'Describe a catalogue item',
      hint: 'A product the group sells jointly, with its price range.',
      link: `${base}/catalogue`,
      done: catalogue.ok && catalogue.data.length > 0,
    },
    {
      label: 'Publish the catalogue',
      hint: 'Published items are found in search; drafts stay private.',
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

async function leadFirmAttention(api: UserApi, o: MyOrganisationView): Promise<OrganisationAttention> {
  const [needs, people] = await Promise.all([api.listNeeds(o.id), api.listMembers(o.id)]);
  const open = needs.ok ? needs.data.filter((n) => MATCHABLE_NEED_STATUSES.includes(n.status)) : [];
  const items: AttentionItem[] = await Promise.all(
    open.slice(0, NEEDS_READ).map(async (n): Promise<AttentionItem> => {
      const [matches, offers] = await Promise.all([api.getNeedMatches(n.id), api.getNeedOffers(n.id)]);
      const matched = matches.ok ? matches.data.total : 0;
      const received = offers.ok ? offers.data.count : 0;
      return {
        text: `“${n.title}”: ${plural(matched, 'supplier matches', 'suppliers match')}, ${plural(received, 'offer', 'offers')} received`,
        link: `/needs/${n.id}`,
        tone: received ? 'action' : 'info',
      };
    }),
  );
  const base = `/organisations/${o.id}`;
  const steps: FirstStep[] = [
    {
      label: 'Post a first sourcing need',
      hint: 'What you buy, how much, where and when: matching starts at once.',
      link: base,
      done: needs.ok && needs.data.length > 0,
    },
    {
      label: 'Invite your colleagues',
      hint: 'Buyers and quality staff who follow the offers.',
      link: `${base}/members`,
      done: people.ok && people.data.length > 1,
    },
    {
      label: 'Get verified by a programme',
      hint: 'Enrol in a programme; its brokers verify genuine buyers, who then see more groups.',
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
