import { type CalendarDate } from '../dates/calendar-date.js';
import { type Period } from '../units/periods.js';
import { type Unit } from '../units/units.js';

/**
 * Domain messages (decision 0022): what matching, compliance and coalition building tell people —
 * explanations, gaps, suggested actions, reasons for exclusion — are produced and stored as a code
 * with parameters, and rendered in the reader's language only when read. So a Peruvian coordinator
 * and a French buyer read the same stored match each in their own language.
 *
 * Each code declares its parameters and their kinds; the kind decides the value's type (a wrong
 * parameter fails typecheck) and how it is rendered (numbers and dates through Intl, units and
 * periods by name in the reader's language, nested messages in turn).
 */
export const PARAM_KINDS = [
  'number',
  'date',
  'text',
  'country',
  'standard',
  'scheme',
  'product',
  'unit',
  'period',
  'money',
  'shares',
  'names',
  'message',
  'messages',
] as const;
export type ParamKind = (typeof PARAM_KINDS)[number];

/** An amount in a currency (ISO 4217), or a bare amount when the need names none. */
export interface MoneyParam {
  amount: number;
  currency: string | null;
}

/** A coalition member's share: its name and quantity in the need's unit. */
export interface ShareParam {
  name: string;
  quantity: number;
}

/** The value each parameter kind takes. */
export interface ParamValues {
  number: number;
  /** An ISO calendar date, shown in the reader's date style. */
  date: CalendarDate;
  /** Verbatim text: a supplier's name, or a stored English text from before decision 0022. */
  text: string;
  /** ISO 3166-1 alpha-2 code, shown by its name in the reader's language. */
  country: string;
  /** A standard's code, as the registry and the need's requirements name it. */
  standard: string;
  /** A standard's code, shown by the scheme's name (the route to obtain a standard). */
  scheme: string;
  /** HS 2022 code. */
  product: string;
  unit: Unit;
  period: Period;
  money: MoneyParam;
  shares: readonly ShareParam[];
  names: readonly string[];
  message: DomainMessage;
  /** A list of phrases, joined as the reader's language lists them. */
  messages: readonly DomainMessage[];
}

const number = 'number';
const date = 'date';
const text = 'text';
const standard = 'standard';
const product = 'product';
const unit = 'unit';
const period = 'period';

/** A rate such as "4 t/month" takes these three. */
const rate = { quantity: number, unit, period } as const;

/**
 * Every message code and its parameters. Codes are stored: never rename one, add a new code instead
 * (a stored row keeps rendering with the code it was written with).
 */
export const MESSAGE_CATALOGUE = {
  /** Rows written before decision 0022, kept in their stored English until the next re-match replaces them. */
  'stored.text': { text },

  // How a supplier's products fit the need's product code.
  'match.product.same': { product },
  'match.product.sameHeading': { product, need: product },
  'match.product.sameChapter': { product, need: product },
  'match.coverage.full': rate,
  'match.coverage.partial': { share: number, ...rate },
  'match.units.noMemberHolds': { standard },
  'match.units.noUnitHolds': { standard },
  'match.units.membersHolding': { standard, held: number, ...rate },
  'match.units.unitsHolding': { standard, held: number, ...rate },
  'match.distance': { km: number },
  'match.distance.notScored': {},
  'match.distance.toCountry': {},
  'match.location.approximate': {},
  'match.leadTime': { leadDays: number, dueDays: number },
  'match.standardsHeld': { held: number, required: number },
  'match.trackRecord': { share: number, deliveries: number },
  'match.trackRecord.none': {},
  'match.verdict.excluded': { reasons: 'messages' },
  'match.verdict.conditionalBeforeStart': { months: number, date },
  'match.verdict.conditionalBy': { months: number, date },

  // Why a supplier cannot serve a need (the "why not").
  'blocker.country': { country: 'country' },
  'blocker.distance': { km: number, limit: number },
  'blocker.unit': { unit, needUnit: unit },
  'blocker.noCapacity': {},
  'blocker.expiredRequiredNow': { held: standard, expired: date, standard },
  'blocker.notHeldRequiredNow': { standard },
  'blocker.renewalTooLate': { standard, lapses: date, months: number, closeBy: date },
  'blocker.recertificationBeforeStart': { standard, expired: date, date },
  'blocker.recertificationByBuyer': { standard, expired: date, date },
  'blocker.unknownStandard': { standard },
  'blocker.obtainBeforeStart': { standard, months: number, date },
  'blocker.obtainByBuyer': { standard, months: number, date },
  'blocker.competence': { heading: product, date },
  'blocker.leadTime': { leadDays: number, lateDays: number },

  // What a supplier lacks (a gap), and the route to close it.
  'gap.anySupplierLapses': { standard, lapses: date, lastDelivery: date },
  'gap.anySupplierNotHeld': { standard },
  'gap.renewal': { standard, held: standard, lapses: date, lastDelivery: date },
  'gap.expired': { standard, held: standard, expired: date },
  'gap.notHeld': { standard },
  'gap.competence': { product, chapter: product },
  'gap.leadTime': { lateDays: number, leadDays: number, dueDays: number },
  'gap.capacity': { short: number, offered: number, ...rate },
  'gap.distance': { km: number, farKm: number },
  'action.renewOrPartner': { held: standard, lapses: date, months: number, standard },
  'action.partnerWithHolder': { standard },
  'action.partnerOrObtain': { standard, route: 'scheme', months: number },
  'action.bookRecertification': { held: standard, lapses: date },
  'action.recertify': { held: standard },
  'action.obtain': { route: 'scheme' },
  'action.trialOrder': {},
  'action.laterDelivery': {},
  'action.joinCoalition': {},
  'action.consolidateShipments': {},

  // Coalitions: what a proposal is made of, and why a candidate was left out of it.
  'coalition.covers': { suppliers: number, total: number, ...rate, shares: 'shares', cost: 'money' },
  'coalition.wholeQuantities': { unit },
  'coalition.anyQuantities': { unit },
  'coalition.provenCheapest': {},
  'coalition.withinGap': { gap: number },
  'coalition.alternativeWithout': { suppliers: 'names' },
  'coalition.pricedFromCatalogues': { listed: 'messages' },
  'coalition.cataloguePrice': { supplier: text, price: 'money', unit },
  'coalition.othersAtFallback': { others: number, fallback: 'message' },
  'coalition.noCataloguePrice': { fallback: 'message' },
  'coalition.noCataloguePriceIn': { currency: text, fallback: 'message' },
  'coalition.fallback.targetPrice': { price: 'money', unit },
  'coalition.fallback.highestCatalogue': {},
  'coalition.fallback.zero': {},
  'coalition.excluded.country': { country: 'country' },
  'coalition.excluded.distance': { km: number, limit: number },
  'coalition.excluded.unit': { unit, needUnit: unit },
  'coalition.excluded.standardLapses': { standard },
  'coalition.excluded.noCapacity': {},
  'coalition.excluded.minimumOrder': {},
} as const satisfies Record<string, Record<string, ParamKind>>;

export type MessageCode = keyof typeof MESSAGE_CATALOGUE;

/** The parameters a code takes, typed by their kinds. */
export type MessageParams<C extends MessageCode> = {
  -readonly [K in keyof (typeof MESSAGE_CATALOGUE)[C]]: ParamValues[(typeof MESSAGE_CATALOGUE)[C][K] &
    ParamKind];
};

/** A message as produced and stored: its code and the parameters its template reads. */
export type DomainMessage<C extends MessageCode = MessageCode> = {
  [K in C]: { code: K; params: MessageParams<K> };
}[C];

/** Builds a message, checking its parameters against its code. */
export const message = <C extends MessageCode>(code: C, params: MessageParams<C>): DomainMessage<C> =>
  ({ code, params }) as DomainMessage<C>;

export const isMessageCode = (value: unknown): value is MessageCode =>
  typeof value === 'string' && Object.hasOwn(MESSAGE_CATALOGUE, value);
