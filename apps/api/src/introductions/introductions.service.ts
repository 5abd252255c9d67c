import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AnswerIntroductionInput,
  type ConsentToIntroductionInput,
  type IntroductionView,
  NotificationKind,
  type ProposeIntroductionInput,
  type ScheduleMeetingInput,
} from '@linkage/contracts';
import {
  type IntroductionActor,
  type IntroductionState,
  MANAGING_ROLES,
  answerIntroduction,
  assertMeetingSchedulable,
  assertNeedTakesIntroductions,
  canSeeIntroducedGroup,
  canSeeOrganisation,
  consentToIntroduction,
  formatMeeting,
  mayAnswerIntroduction,
  mayConsentFor,
  mayScheduleMeeting,
  mayWithdrawIntroduction,
  withdrawIntroduction,
  zonedTimeToUtc,
} from '@linkage/domain';
import {
  Introduction,
  IntroductionParty,
  Organisation,
  type NotificationToSend,
  notifyOrganisationOnce,
} from '@linkage/db';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainError, DomainErrorCode, forbidden, notFound } from '../common/domain-error.js';
import { type ApiEnv } from '../config/env.js';
import { NeedsService } from '../needs/needs.service.js';
import { introducingProgramme, programmeViewer } from './introducing-programme.js';
import { startIntroducedLinkage } from './introduction-linkages.js';
import { introductionState, introductionView } from './introduction-views.js';
import { ICS_CONTENT_TYPE, meetingInvitation } from './meeting-invitation.js';

const UNIQUE_VIOLATION = '23505';

/** A locked introduction with what the rules need to decide on it. */
interface Locked {
  em: EntityManager;
  intro: Introduction;
  parties: IntroductionParty[];
  actor: IntroductionActor;
}

/**
 * Introductions (decision 0013): a programme's broker proposes a producer group, or a coalition, to
 * a lead firm for one of its needs; the lead firm answers, each group consents for itself, and once
 * all have said yes the linkages start, in the same transaction. Every change locks the
 * introduction's row first, so concurrent answers are decided one after the other and an
 * introduction is accepted exactly once.
 */
@Injectable()
export class IntroductionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly needs: NeedsService,
    private readonly config: ConfigService<ApiEnv, true>,
  ) {}

  async propose(
    user: AuthenticatedUser,
    needId: string,
    input: ProposeIntroductionInput,
  ): Promise<IntroductionView> {
    const { need } = await this.needs.observable(user, needId);
    const programme = await introducingProgramme(this.dataSource.manager, user, need, input.programmeId);
    assertNeedTakesIntroductions(need);
    const viewer = await programmeViewer(this.dataSource.manager, user, programme.id);
    const groups = await this.dataSource
      .getRepository(Organisation)
      .findBy({ id: In(input.groupIds), kind: 'PRODUCER_GROUP' });
    const unseen: Record<string, string> = {};
    input.groupIds.forEach((id, i) => {
      const group = groups.find((g) => g.id === id);
      // A group the programme's brokers may not see does not exist to them.
      if (!group || !canSeeOrganisation(group, viewer)) unseen[`groupIds.${i}`] = 'No such producer group';
    });
    if (Object.keys(unseen).length)
      throw new DomainError(DomainErrorCode.NotFound, 'Producer group not found', unseen);

    const id = await this.dataSource.transaction(async (em) => {
      let intro: Introduction;
      try {
        intro = await em.save(
          em.create(Introduction, {
            needId: need.id,
            programmeId: programme.id,
            proposedById: user.id,
            note: input.note,
            status: 'PROPOSED',
            partyKey: [...input.groupIds].sort().join(','),
          }),
        );
      } catch (error) {
        if ((error as { code?: string }).code === UNIQUE_VIOLATION)
          throw new DomainError(
            DomainErrorCode.Conflict,
            'These groups are already introduced for this need',
            {
              groupIds: 'An introduction of the same groups is waiting for answers on this need',
            },
          );
        throw error;
      }
      await em.insert(
        IntroductionParty,
        input.groupIds.map((groupId) => ({ introductionId: intro.id, groupId })),
      );
      await this.tell(em, intro.id, [need.leadFirmId], {
        kind: NotificationKind.IntroductionProposed,
        title: `Introduction: ${need.title}`,
        body: `${programme.legalName} introduces ${input.groupIds.length === 1 ? 'a producer group' : `a coalition of ${input.groupIds.length} producer groups`} for "${need.title}": ${input.note}\nAccept or decline the introduction.`,
      });
      await this.tell(em, intro.id, input.groupIds, {
        kind: NotificationKind.IntroductionProposed,
        title: `Introduction to ${need.leadFirm!.legalName}`,
        body: `${programme.legalName} introduces your group to ${need.leadFirm!.legalName} for "${need.title}": ${input.note}\nConsent or refuse the introduction.`,
      });
      return intro.id;
    });
    return this.get(user, id);
  }

  /** Introductions on a need: each viewer those they are a party to (lead firm, programme, group). */
  async listForNeed(user: AuthenticatedUser, needId: string): Promise<IntroductionView[]> {
    const rows = await this.readable(this.dataSource.manager, user)
      .andWhere('i.needId = :needId', { needId })
      .getMany();
    // Nothing to show: still a 404 to those who may not read the need at all.
    if (rows.length === 0) await this.needs.observable(user, needId);
    return this.views(user, rows);
  }

  /** Mine: a broker's programmes', a lead firm's needs', a group's own. */
  async list(user: AuthenticatedUser): Promise<IntroductionView[]> {
    return this.views(user, await this.readable(this.dataSource.manager, user).getMany());
  }

  async get(user: AuthenticatedUser, id: string): Promise<IntroductionView> {
    const intro = await this.readable(this.dataSource.manager, user).andWhere('i.id = :id', { id }).getOne();
    if (!intro) throw notFound('Introduction');
    return (await this.views(user, [intro]))[0]!;
  }

  /** The lead firm's managers accept or decline. */
  async answer(
    user: AuthenticatedUser,
    id: string,
    input: AnswerIntroductionInput,
  ): Promise<IntroductionView> {
    await this.change(user, id, async ({ em, intro, parties, actor }) => {
      if (!mayAnswerIntroduction(actor))
        throw forbidden('Only the owners and admins of the lead firm answer an introduction');
      const accepted = input.answer === 'ACCEPT';
      const next = answerIntroduction(introductionState(intro, parties), accepted ? 'ACCEPTED' : 'DECLINED');
      await em.update(
        Introduction,
        { id },
        {
          leadFirmAnswer: next.leadFirmAnswer,
          leadFirmReason: input.reason ?? null,
          answeredById: user.id,
          answeredAt: new Date(),
        },
      );
      const need = intro.need!;
      await this.tell(em, id, [intro.programmeId, ...parties.map((p) => p.groupId)], {
        kind: NotificationKind.IntroductionAnswered,
        title: `${need.leadFirm!.legalName} ${accepted ? 'accepts' : 'declines'} the introduction`,
        body: `${need.leadFirm!.legalName} ${accepted ? 'accepts' : 'declines'} the introduction for "${need.title}".${input.reason ? ` Reason: ${input.reason}` : ''}`,
      });
      await this.settle(em, intro, parties, next);
    });
    return this.get(user, id);
  }

  /** An introduced group's managers consent or refuse, for their group. */
  async consent(
    user: AuthenticatedUser,
    id: string,
    input: ConsentToIntroductionInput,
  ): Promise<IntroductionView> {
    await this.change(user, id, async ({ em, intro, parties, actor }) => {
      const groupId = input.groupId ?? this.onlyManagedParty(actor, parties);
      if (!parties.some((p) => p.groupId === groupId))
        throw new DomainError(DomainErrorCode.InvalidInput, 'This group is not part of the introduction', {
          groupId: 'Choose one of the introduced groups',
        });
      if (!mayConsentFor(actor, groupId))
        throw forbidden('Only the owners and admins of an introduced group answer for it');
      const consent = input.answer === 'CONSENT' ? 'CONSENTED' : 'REFUSED';
      const next = consentToIntroduction(introductionState(intro, parties), groupId, consent);
      await em.update(
        IntroductionParty,
        { introductionId: id, groupId },
        { consent, reason: input.reason ?? null, answeredById: user.id, answeredAt: new Date() },
      );
      const answered = next.parties.filter((p) => p.consent === 'CONSENTED').length;
      await this.tell(
        em,
        id,
        [
          intro.programmeId,
          intro.need!.leadFirmId,
          ...parties.map((p) => p.groupId).filter((g) => g !== groupId),
        ],
        {
          kind: NotificationKind.IntroductionConsented,
          title: `An introduced group ${consent === 'CONSENTED' ? 'consents' : 'refuses'}`,
          body: `An introduced group ${consent === 'CONSENTED' ? 'consents to' : 'refuses'} the introduction for "${intro.need!.title}" (${answered} of ${parties.length} consented).${input.reason ? ` Reason: ${input.reason}` : ''}`,
        },
        groupId,
      );
      await this.settle(em, intro, parties, next);
    });
    return this.get(user, id);
  }

  /** The introducing programme's brokers withdraw it while it is undecided. */
  async withdraw(user: AuthenticatedUser, id: string): Promise<IntroductionView> {
    await this.change(user, id, async ({ em, intro, parties, actor }) => {
      if (!mayWithdrawIntroduction(actor))
        throw forbidden('Only the brokers of the introducing programme withdraw an introduction');
      const next = withdrawIntroduction(introductionState(intro, parties));
      await em.update(Introduction, { id }, { status: next.status, decidedAt: new Date() });
      await this.tell(em, id, [intro.need!.leadFirmId, ...parties.map((p) => p.groupId)], {
        kind: NotificationKind.IntroductionWithdrawn,
        title: `Introduction withdrawn: ${intro.need!.title}`,
        body: `${intro.programme!.legalName} withdraws its introduction for "${intro.need!.title}". Nothing more is needed from you.`,
      });
    });
    return this.get(user, id);
  }

  /**
   * Arranges or moves the introduction meeting; each time the invitation's sequence goes up by one
   * and every party's people get the .ics, so their calendars move the one meeting.
   */
  async scheduleMeeting(
    user: AuthenticatedUser,
    id: string,
    input: ScheduleMeetingInput,
  ): Promise<IntroductionView> {
    await this.change(user, id, async ({ em, intro, parties, actor }) => {
      if (!mayScheduleMeeting(actor))
        throw forbidden('The brokers and the managers of each party arrange the meeting');
      assertMeetingSchedulable(intro);
      const startsAt = zonedTimeToUtc(input, input.timeZone);
      if (startsAt.getTime() <= Date.now())
        throw new DomainError(
          DomainErrorCode.InvalidInput,
          'A meeting is arranged for a time still to come',
          {
            date: `${input.date} ${input.time} (${input.timeZone}) has passed`,
          },
        );
      const sequence = intro.meetingSequence + 1;
      await em.update(
        Introduction,
        { id },
        {
          meetingStartsAt: startsAt,
          meetingDurationMinutes: input.durationMinutes,
          meetingTimeZone: input.timeZone,
          meetingPlace: input.place ?? null,
          meetingLink: input.link ?? null,
          meetingSequence: sequence,
        },
      );
      const updated = await em.findOneOrFail(Introduction, {
        where: { id },
        relations: { need: { leadFirm: true }, programme: true, proposedBy: true },
      });
      const when = formatMeeting(startsAt, input.durationMinutes, input.timeZone);
      const where = [input.place, input.link].filter(Boolean).join(' — ');
      await this.tell(
        em,
        id,
        [intro.need!.leadFirmId, intro.programmeId, ...parties.map((p) => p.groupId)],
        {
          kind: NotificationKind.IntroductionMeeting,
          title: `${sequence === 1 ? 'Meeting arranged' : 'Meeting moved'}: ${intro.need!.title}`,
          body: `The introduction meeting for "${intro.need!.title}" is on ${when}, ${where}. The invitation is attached.`,
          attachments: [
            {
              filename: 'introduction-meeting.ics',
              contentType: ICS_CONTENT_TYPE,
              content: this.ics(updated, parties),
            },
          ],
        },
        `v${sequence}`,
      );
    });
    return this.get(user, id);
  }

  /** The meeting's invitation at its current sequence, for the portal's download. */
  async invitation(user: AuthenticatedUser, id: string): Promise<string> {
    const intro = await this.readable(this.dataSource.manager, user).andWhere('i.id = :id', { id }).getOne();
    if (!intro?.meetingStartsAt) throw notFound(intro ? 'Meeting' : 'Introduction');
    const parties = await this.parties(this.dataSource.manager, [id]);
    return this.ics(intro, parties);
  }

  private ics(intro: Introduction, parties: readonly IntroductionParty[]): string {
    const need = intro.need!;
    // One file goes to every party: a group is named in it only where anyone may see it (or once it
    // consented); a discreet group not yet asked stays "a producer group", as on the page.
    const names = parties
      .map((p) =>
        canSeeIntroducedGroup(
          { groupId: p.groupId, visibility: p.group!.visibility, consent: p.consent },
          undefined,
        )
          ? p.group!.legalName
          : 'a producer group',
      )
      .join(', ');
    return meetingInvitation({
      introductionId: intro.id,
      sequence: intro.meetingSequence,
      startsAt: intro.meetingStartsAt!,
      durationMinutes: intro.meetingDurationMinutes!,
      place: intro.meetingPlace,
      link: intro.meetingLink,
      summary: `Introduction: ${need.leadFirm!.legalName} × ${names} — ${need.title}`,
      description: `${intro.programme!.legalName} introduces ${names} to ${need.leadFirm!.legalName} for "${need.title}".\n\n${intro.note}\n\n${this.webUrl()}/introductions/${intro.id}`,
      organizer: intro.proposedBy ? { name: intro.proposedBy.name, email: intro.proposedBy.email } : null,
    });
  }

  /**
   * Once every answer is in, the introduction is decided: accepted, it starts a linkage per group
   * with the introducing programme and everyone is told; declined, everyone is told who declined.
   */
  private async settle(
    em: EntityManager,
    intro: Introduction,
    parties: readonly IntroductionParty[],
    next: IntroductionState,
  ) {
    if (next.status === intro.status) return;
    await em.update(Introduction, { id: intro.id }, { status: next.status, decidedAt: new Date() });
    const need = intro.need!;
    const everyone = [need.leadFirmId, intro.programmeId, ...parties.map((p) => p.groupId)];
    if (next.status === 'ACCEPTED') {
      for (const party of parties) {
        const linkageId = await startIntroducedLinkage(em, {
          leadFirmId: need.leadFirmId,
          groupId: party.groupId,
          programmeId: intro.programmeId,
          note: `Introduced by ${intro.programme!.legalName} for “${need.title}”: ${intro.note}`,
          actorId: intro.proposedById,
        });
        await em.update(IntroductionParty, { id: party.id }, { linkageId });
      }
      await this.tell(em, intro.id, everyone, {
        kind: NotificationKind.IntroductionAccepted,
        title: `Introduction accepted: ${need.title}`,
        body: `Everyone said yes to the introduction for "${need.title}": the linkage starts. Arrange the introduction meeting on the introduction's page.`,
      });
    } else if (next.status === 'DECLINED')
      await this.tell(em, intro.id, everyone, {
        kind: NotificationKind.IntroductionDeclined,
        title: `Introduction declined: ${need.title}`,
        body: `The introduction for "${need.title}" is declined by ${next.leadFirmAnswer === 'DECLINED' ? need.leadFirm!.legalName : 'one of the introduced groups'}.`,
      });
  }

  /** Runs a change on the introduction's locked row; 404 unless the caller may read it. */
  private async change(user: AuthenticatedUser, id: string, act: (locked: Locked) => Promise<void>) {
    await this.dataSource.transaction(async (em) => {
      const intro = await this.readable(em, user)
        .andWhere('i.id = :id', { id })
        .setLock('pessimistic_write', undefined, ['i'])
        .getOne();
      if (!intro) throw notFound('Introduction');
      const parties = await this.parties(em, [id]);
      await act({ em, intro, parties, actor: await this.actor(em, user, intro, parties) });
    });
  }

  private onlyManagedParty(actor: IntroductionActor, parties: readonly IntroductionParty[]): string {
    const mine = parties.filter((p) => actor.managedGroupIds.has(p.groupId));
    if (mine.length === 1) return mine[0]!.groupId;
    if (mine.length === 0) throw forbidden('Only the owners and admins of an introduced group answer for it');
    throw new DomainError(DomainErrorCode.InvalidInput, 'Say which of your groups answers', {
      groupId: 'Choose the group you answer for',
    });
  }

  /** What the caller is to this introduction. */
  private async actor(
    em: EntityManager,
    user: AuthenticatedUser,
    intro: Introduction,
    parties: readonly IntroductionParty[],
  ): Promise<IntroductionActor> {
    return actorOf(user, intro, parties, await this.managed(em, user, [intro], parties));
  }

  private async views(user: AuthenticatedUser, rows: Introduction[]): Promise<IntroductionView[]> {
    const em = this.dataSource.manager;
    const parties = await this.parties(
      em,
      rows.map((r) => r.id),
    );
    // One membership query for the whole list.
    const managed = await this.managed(em, user, rows, parties);
    return rows.map((i) => {
      const mine = parties.filter((p) => p.introductionId === i.id);
      return introductionView(i, mine, user, actorOf(user, i, mine, managed));
    });
  }

  /** The organisations of these introductions (lead firms, groups) the caller manages. */
  private async managed(
    em: EntityManager,
    user: AuthenticatedUser,
    intros: readonly Introduction[],
    parties: readonly IntroductionParty[],
  ): Promise<ReadonlySet<string>> {
    const ids = [...new Set([...intros.map((i) => i.need!.leadFirmId), ...parties.map((p) => p.groupId)])];
    if (ids.length === 0) return new Set();
    const rows: Array<{ organisation_id: string }> = await em.query(
      `SELECT organisation_id FROM memberships WHERE user_id = $1 AND organisation_id = ANY($2::uuid[]) AND role = ANY($3::text[])`,
      [user.id, ids, [...MANAGING_ROLES]],
    );
    return new Set(rows.map((m) => m.organisation_id));
  }

  private parties(em: EntityManager, ids: readonly string[]): Promise<IntroductionParty[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return em.find(IntroductionParty, {
      where: { introductionId: In([...ids]) },
      relations: { group: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /**
   * The introductions a person takes part in: those on their lead firm's needs, those of their
   * programmes, those introducing their groups; every one for admins. To anyone else an
   * introduction does not exist.
   */
  private readable(em: EntityManager, user: AuthenticatedUser) {
    const qb = em
      .getRepository(Introduction)
      .createQueryBuilder('i')
      .innerJoinAndSelect('i.need', 'n')
      .innerJoinAndSelect('n.leadFirm', 'f')
      .innerJoinAndSelect('i.programme', 'p')
      .leftJoinAndSelect('i.proposedBy', 'u')
      .orderBy('i.updatedAt', 'DESC')
      .addOrderBy('i.id', 'ASC');
    if (user.platformRole === 'ADMIN') return qb.where('TRUE');
    const mine = [...user.memberOf];
    if (mine.length === 0) return qb.where('FALSE');
    return qb.where(
      `(n.leadFirmId IN (:...mine) OR i.programmeId IN (:...mine) OR EXISTS (SELECT 1 FROM introduction_parties ip WHERE ip.introduction_id = i.id AND ip.group_id IN (:...mine)))`,
      { mine },
    );
  }

  /**
   * Tells the people of each organisation once (the key names the introduction, the step and the
   * organisation), in the caller's transaction; a retried request tells nobody twice.
   */
  private async tell(
    em: EntityManager,
    introductionId: string,
    organisationIds: readonly string[],
    n: Pick<NotificationToSend, 'kind' | 'title' | 'body' | 'attachments'>,
    step = '',
  ) {
    for (const organisationId of new Set(organisationIds))
      await notifyOrganisationOnce(em, organisationId, {
        ...n,
        link: `${this.webUrl()}/introductions/${introductionId}`,
        dedupeKey: `${n.kind}:${introductionId}${step ? `:${step}` : ''}:${organisationId}`,
      });
  }

  private webUrl() {
    return this.config.get('WEB_URL', { infer: true });
  }
}

/** The rules' facts about a caller, from the organisations they manage. */
function actorOf(
  user: AuthenticatedUser,
  intro: Introduction,
  parties: readonly IntroductionParty[],
  managed: ReadonlySet<string>,
): IntroductionActor {
  return {
    admin: user.platformRole === 'ADMIN',
    proposingBroker: user.memberOf.has(intro.programmeId),
    leadFirmManager: managed.has(intro.need!.leadFirmId),
    managedGroupIds: new Set(parties.map((p) => p.groupId).filter((g) => managed.has(g))),
  };
}
