import { type MessageTemplates } from './template-types.js';

/** French (France, Maghreb): donneur d’ordres, groupement de producteurs, besoin d’approvisionnement. */
export const fr: MessageTemplates = {
  'stored.text': '{text}',

  'match.product.same': 'Même produit ({product}).',
  'match.product.sameHeading': 'Même position SH : produit {product}, le besoin porte sur {need}.',
  'match.product.sameChapter': 'Même chapitre SH seulement : produit {product}, le besoin porte sur {need}.',
  'match.coverage.full': 'Couvre la totalité des {quantity, number} {unit}/{period}.',
  'match.coverage.partial': 'Couvre {share, number, percent} des {quantity, number} {unit}/{period}.',
  'match.units.noMemberHolds': 'Aucun membre ne détient encore {standard}.',
  'match.units.noUnitHolds': 'Aucune unité de production ne détient encore {standard}.',
  'match.units.membersHolding':
    'Seuls les membres titulaires de {standard} sont retenus : {held, number} sur {quantity, number} {unit}/{period}.',
  'match.units.unitsHolding':
    'Seules les unités de production titulaires de {standard} sont retenues : {held, number} sur {quantity, number} {unit}/{period}.',
  'match.distance': 'À {km, number} km du lieu de livraison.',
  'match.distance.notScored': 'Distance non notée : le besoin n’indique pas de lieu de livraison.',
  'match.distance.toCountry': 'Distance mesurée jusqu’au pays de livraison.',
  'match.location.approximate': 'Emplacement du fournisseur estimé d’après son pays.',
  'match.leadTime':
    'Délai de {leadDays, plural, one {# jour} other {# jours}} pour une première livraison attendue dans {dueDays, plural, one {# jour} other {# jours}}.',
  'match.standardsHeld':
    'Détient {held, number} {required, plural, one {norme exigée sur #} other {des # normes exigées}} pour toute la période de livraison.',
  'match.trackRecord':
    'Historique de {share, number, percent} sur {deliveries, plural, one {# livraison} other {# livraisons}}.',
  'match.trackRecord.none': 'Aucune livraison enregistrée pour l’instant.',
  'match.verdict.excluded': 'Non admissible : {reasons}.',
  'match.verdict.conditionalBeforeStart':
    'Sous conditions : peut combler ses écarts à temps ; le plus long prend environ {months, plural, one {# mois} other {# mois}} et doit être comblé avant le début des livraisons le {date, date, medium}.',
  'match.verdict.conditionalBy':
    'Sous conditions : peut combler ses écarts à temps ; le plus long prend environ {months, plural, one {# mois} other {# mois}} et doit être comblé d’ici le {date, date, medium}.',

  'blocker.country': 'établi hors des pays acceptés par le donneur d’ordres ({country})',
  'blocker.distance':
    'à {km, number} km, au-delà de la limite de {limit, number} km fixée par le donneur d’ordres',
  'blocker.unit': 'capacité enregistrée en {unit}, qu’on ne peut pas comparer aux {needUnit} du besoin',
  'blocker.noCapacity': 'n’offre aucune capacité engagée pour ce produit',
  'blocker.expiredRequiredNow':
    'son certificat {held} a expiré le {expired, date, medium}, et le donneur d’ordres exige {standard} dès maintenant',
  'blocker.notHeldRequiredNow': 'ne détient pas {standard}, que le donneur d’ordres exige dès maintenant',
  'blocker.renewalTooLate':
    'son certificat {standard} expire le {lapses, date, medium} et un renouvellement (environ {months, plural, one {# mois} other {# mois}}) ne peut aboutir avant le {closeBy, date, medium}',
  'blocker.recertificationBeforeStart':
    'son certificat {standard} a expiré le {expired, date, medium} et la recertification ne peut aboutir avant le début des livraisons le {date, date, medium}',
  'blocker.recertificationByBuyer':
    'son certificat {standard} a expiré le {expired, date, medium} et la recertification ne peut aboutir avant l’échéance du donneur d’ordres, le {date, date, medium}',
  'blocker.unknownStandard':
    '{standard} ne figure pas au registre des normes : le délai pour l’obtenir est inconnu',
  'blocker.obtainBeforeStart':
    'obtenir {standard} prend en général {months, plural, one {# mois} other {# mois}}, trop long pour le détenir avant le début des livraisons le {date, date, medium}',
  'blocker.obtainByBuyer':
    'obtenir {standard} prend en général {months, plural, one {# mois} other {# mois}}, trop long pour le détenir avant l’échéance du donneur d’ordres, le {date, date, medium}',
  'blocker.competence':
    'n’a pas fabriqué de produits de la position {heading} et un essai ne peut aboutir avant le début des livraisons le {date, date, medium}',
  'blocker.leadTime':
    'son délai de {leadDays, plural, one {# jour} other {# jours}} retarde la première livraison de {lateDays, plural, one {# jour} other {# jours}}',

  'gap.anySupplierLapses':
    '{standard} pour toute la période de livraison : son certificat prend fin le {lapses, date, medium}, avant la dernière livraison du {lastDelivery, date, medium}',
  'gap.anySupplierNotHeld':
    '{standard} : non détenu par ce fournisseur ; au moins un fournisseur de la coalition doit le détenir',
  'gap.renewal':
    'renouvellement de {standard} : le certificat {held} prend fin le {lapses, date, medium}, avant la dernière livraison du {lastDelivery, date, medium}',
  'gap.expired': '{standard} : le certificat {held} a expiré le {expired, date, medium}',
  'gap.notHeld': '{standard} : pas encore détenu',
  'gap.competence': 'expérience de {product} (fabrique d’autres produits du chapitre {chapter})',
  'gap.leadTime':
    '{lateDays, plural, one {# jour} other {# jours}} de retard : délai de {leadDays, plural, one {# jour} other {# jours}}, première livraison attendue dans {dueDays, plural, one {# jour} other {# jours}}',
  'gap.capacity':
    'il manque {short, number} {unit}/{period} : offre {offered, number} des {quantity, number} {unit}/{period} nécessaires',
  'gap.distance': '{km, number} km jusqu’au lieu de livraison (long trajet au-delà de {farKm, number} km)',
  'action.renewOrPartner':
    'Renouveler le certificat {held} avant le {lapses, date, medium} (environ {months, plural, one {# mois} other {# mois}}), ou fournir en coalition avec un autre fournisseur titulaire de {standard}',
  'action.partnerWithHolder': 'Fournir en coalition avec un fournisseur titulaire de {standard}',
  'action.partnerOrObtain':
    'Fournir en coalition avec un fournisseur titulaire de {standard}, ou obtenir {route} (en général {months, plural, one {# mois} other {# mois}})',
  'action.bookRecertification':
    'Programmer l’audit de recertification {held} avant le {lapses, date, medium}',
  'action.recertify': 'Faire recertifier {held} par un organisme certificateur',
  'action.obtain':
    'Obtenir {route} avec l’appui d’un prestataire de services aux entreprises ou d’un programme de certification',
  'action.trialOrder':
    'Envoyer des échantillons et réaliser une commande d’essai pour faire ses preuves sur le produit',
  'action.laterDelivery': 'Convenir d’une première livraison plus tardive ou constituer un stock tampon',
  'action.joinCoalition': 'Fournir au sein d’une coalition avec d’autres fournisseurs',
  'action.consolidateShipments': 'Convenir avec le donneur d’ordres d’expéditions groupées et de l’Incoterm',

  'coalition.covers':
    '{suppliers, plural, one {# fournisseur couvre} other {# fournisseurs couvrent}} {total, number} des {quantity, number} {unit}/{period} ({shares}) pour un coût rendu de {cost} par {period}.',
  'coalition.wholeQuantities': 'En quantités entières de {unit}.',
  'coalition.anyQuantities': 'En quantités quelconques de {unit}.',
  'coalition.provenCheapest': 'Combinaison la moins chère, démontrée.',
  'coalition.withinGap': 'Au plus {gap, number, ::percent .00} au-dessus de la combinaison la moins chère.',
  'coalition.alternativeWithout': 'Variante sans {suppliers}.',
  'coalition.pricedFromCatalogues': 'Prix tirés des catalogues publiés (milieu de la fourchette) : {listed}.',
  'coalition.cataloguePrice': '{supplier} à {price} par {unit}',
  'coalition.othersAtFallback':
    '{others, plural, one {L’autre membre est chiffré} other {Les # autres membres sont chiffrés}} {fallback}.',
  'coalition.noCataloguePrice':
    'Aucun membre n’a publié de prix catalogue pour ce produit : chacun est chiffré {fallback}, le choix repose donc sur le transport et la coordination.',
  'coalition.noCataloguePriceIn':
    'Aucun membre n’a publié de prix catalogue en {currency} pour ce produit : chacun est chiffré {fallback}, le choix repose donc sur le transport et la coordination.',
  'coalition.fallback.targetPrice': 'au prix cible de {price} par {unit}',
  'coalition.fallback.highestCatalogue': 'au plus haut prix catalogue publié parmi les candidats',
  'coalition.fallback.zero': 'à un prix de 0 (aucun prix cible n’est indiqué)',
  'coalition.excluded.country': 'établi hors des pays acceptés ({country})',
  'coalition.excluded.distance': 'à {km, number} km, au-delà de la limite de {limit, number} km',
  'coalition.excluded.unit': 'des quantités en {unit} ne peuvent être comparées aux {needUnit} du besoin',
  'coalition.excluded.standardLapses': 'ne détient pas {standard} pour toute la période de livraison',
  'coalition.excluded.noCapacity': 'aucune capacité engagée',
  'coalition.excluded.minimumOrder': 'sa commande minimale dépasse sa capacité engagée',
};
