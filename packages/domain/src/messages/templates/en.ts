import { type MessageTemplates } from './template-types.js';

/**
 * English. ICU MessageFormat: `{n, plural, one {…} other {…}}` picks the form Intl.PluralRules
 * gives, `{x, number}` and `{d, date, medium}` format in the reader's locale. Phrases that other
 * messages list (reasons, gaps, actions) start in lower case where they continue a sentence.
 */
export const en: MessageTemplates = {
  'stored.text': '{text}',

  'match.product.same': 'Same product ({product}).',
  'match.product.sameHeading': 'Same HS heading: makes {product}, the need is for {need}.',
  'match.product.sameChapter': 'Same HS chapter only: makes {product}, the need is for {need}.',
  'match.coverage.full': 'Covers the full {quantity, number} {unit}/{period}.',
  'match.coverage.partial': 'Covers {share, number, percent} of the {quantity, number} {unit}/{period}.',
  'match.units.noMemberHolds': 'No member holds {standard} yet.',
  'match.units.noUnitHolds': 'No supplying unit holds {standard} yet.',
  'match.units.membersHolding':
    'Only members holding {standard} qualify: {held, number} of {quantity, number} {unit}/{period}.',
  'match.units.unitsHolding':
    'Only supplying units holding {standard} qualify: {held, number} of {quantity, number} {unit}/{period}.',
  'match.distance': '{km, number} km from the delivery place.',
  'match.distance.notScored': 'Distance not scored: the need gives no delivery place.',
  'match.distance.toCountry': 'Distance measured to the delivery country.',
  'match.location.approximate': 'Supplier location approximated by its country.',
  'match.leadTime':
    '{leadDays, number}-day lead time for a first delivery due in {dueDays, plural, one {# day} other {# days}}.',
  'match.standardsHeld':
    'Holds {held, number} of {required, plural, one {# required standard} other {# required standards}} for the whole delivery period.',
  'match.trackRecord':
    'Track record {share, number, percent} over {deliveries, plural, one {# delivery} other {# deliveries}}.',
  'match.trackRecord.none': 'No recorded deliveries yet.',
  'match.verdict.excluded': 'Not eligible: {reasons}.',
  'match.verdict.conditionalBeforeStart':
    'Conditional: can close its gaps in time; the slowest takes about {months, plural, one {# month} other {# months}} and must be closed before deliveries start on {date, date, medium}.',
  'match.verdict.conditionalBy':
    'Conditional: can close its gaps in time; the slowest takes about {months, plural, one {# month} other {# months}} and must be closed by {date, date, medium}.',

  'blocker.country': 'based in {country}, outside the countries the buyer accepts',
  'blocker.distance': '{km, number} km away, beyond the buyer’s limit of {limit, number} km',
  'blocker.unit': 'capacity is recorded in {unit}, which cannot be compared with the need’s {needUnit}',
  'blocker.noCapacity': 'offers no committed capacity of this product',
  'blocker.expiredRequiredNow':
    'its {held} certificate expired on {expired, date, medium}, and the buyer requires {standard} now',
  'blocker.notHeldRequiredNow': 'does not hold {standard}, which the buyer requires now',
  'blocker.renewalTooLate':
    'its {standard} certificate lapses on {lapses, date, medium} and a renewal (about {months, plural, one {# month} other {# months}}) cannot finish by {closeBy, date, medium}',
  'blocker.recertificationBeforeStart':
    'its {standard} certificate expired on {expired, date, medium} and recertification cannot finish before deliveries start on {date, date, medium}',
  'blocker.recertificationByBuyer':
    'its {standard} certificate expired on {expired, date, medium} and recertification cannot finish by the buyer’s deadline of {date, date, medium}',
  'blocker.unknownStandard':
    '{standard} is not in the standards registry, so the time to obtain it is unknown',
  'blocker.obtainBeforeStart':
    '{standard} typically takes {months, plural, one {# month} other {# months}} to obtain, too long to hold it before deliveries start on {date, date, medium}',
  'blocker.obtainByBuyer':
    '{standard} typically takes {months, plural, one {# month} other {# months}} to obtain, too long to hold it by the buyer’s deadline of {date, date, medium}',
  'blocker.competence':
    'has not made products of heading {heading} and a trial cannot finish before deliveries start on {date, date, medium}',
  'blocker.leadTime':
    'its {leadDays, number}-day lead time makes the first delivery {lateDays, plural, one {# day} other {# days}} late',

  'gap.anySupplierLapses':
    '{standard} for the whole delivery period: its certificate ends {lapses, date, medium}, before the last delivery on {lastDelivery, date, medium}',
  'gap.anySupplierNotHeld':
    '{standard}: not held by this supplier; at least one supplier of a coalition must hold it',
  'gap.renewal':
    'renewal of {standard}: the {held} certificate ends {lapses, date, medium}, before the last delivery on {lastDelivery, date, medium}',
  'gap.expired': '{standard}: the {held} certificate expired on {expired, date, medium}',
  'gap.notHeld': '{standard}: not held yet',
  'gap.competence': 'experience with {product} (makes other products of chapter {chapter})',
  'gap.leadTime':
    '{lateDays, plural, one {# day} other {# days}} late: lead time {leadDays, number} days, first delivery due in {dueDays, plural, one {# day} other {# days}}',
  'gap.capacity':
    '{short, number} {unit}/{period} short: offers {offered, number} of the {quantity, number} {unit}/{period} needed',
  'gap.distance': '{km, number} km to the delivery place (long haul above {farKm, number} km)',
  'action.renewOrPartner':
    'Renew the {held} certificate before {lapses, date, medium} (about {months, plural, one {# month} other {# months}}), or supply in a coalition with another supplier that holds {standard}',
  'action.partnerWithHolder': 'Supply in a coalition with a supplier that holds {standard}',
  'action.partnerOrObtain':
    'Supply in a coalition with a supplier that holds {standard}, or obtain {route} (typically {months, plural, one {# month} other {# months}})',
  'action.bookRecertification': 'Book the {held} recertification audit before {lapses, date, medium}',
  'action.recertify': 'Recertify {held} with a certification body',
  'action.obtain': 'Obtain {route} with support from a BDS provider or certification programme',
  'action.trialOrder': 'Send samples and run a trial order to prove the product',
  'action.laterDelivery': 'Agree a later first delivery or hold buffer stock',
  'action.joinCoalition': 'Supply as part of a coalition with other suppliers',
  'action.consolidateShipments': 'Agree consolidated shipments and the Incoterm with the buyer',

  'coalition.covers':
    '{suppliers, plural, one {# supplier covers} other {# suppliers cover}} {total, number} of {quantity, number} {unit}/{period} ({shares}) at a landed cost of {cost} per {period}.',
  'coalition.wholeQuantities': 'In whole quantities of {unit}.',
  'coalition.anyQuantities': 'In any quantities of {unit}.',
  'coalition.provenCheapest': 'Proven the cheapest combination.',
  'coalition.withinGap': 'At most {gap, number, ::percent .00} above the cheapest combination.',
  'coalition.alternativeWithout': 'Alternative without {suppliers}.',
  'coalition.pricedFromCatalogues': 'Priced from published catalogues (midpoint of the range): {listed}.',
  'coalition.cataloguePrice': '{supplier} at {price} per {unit}',
  'coalition.othersAtFallback':
    '{others, plural, one {The other member is} other {The other # members are}} costed at {fallback}.',
  'coalition.noCataloguePrice':
    'No member has a published catalogue price for this product: each is costed at {fallback}, so the choice rests on transport and coordination.',
  'coalition.noCataloguePriceIn':
    'No member has a published catalogue price for this product in {currency}: each is costed at {fallback}, so the choice rests on transport and coordination.',
  'coalition.fallback.targetPrice': 'the target price of {price} per {unit}',
  'coalition.fallback.highestCatalogue': 'the highest published catalogue price among the candidates',
  'coalition.fallback.zero': 'a price of 0 (no target price is given)',
  'coalition.excluded.country': 'based in {country}, outside the accepted countries',
  'coalition.excluded.distance': '{km, number} km away, beyond the {limit, number} km limit',
  'coalition.excluded.unit': 'quantities in {unit} cannot be compared with the need’s {needUnit}',
  'coalition.excluded.standardLapses': 'does not hold {standard} for the whole delivery period',
  'coalition.excluded.noCapacity': 'no committed capacity',
  'coalition.excluded.minimumOrder': 'its minimum order exceeds its committed capacity',
};
