import { type MessageTemplates } from './template-types.js';

/** Spanish (Peru, Uruguay): empresa ancla, grupo de productores, necesidad de abastecimiento. */
export const es: MessageTemplates = {
  'stored.text': '{text}',

  'match.product.same': 'Mismo producto ({product}).',
  'match.product.sameHeading': 'Misma partida SA: elabora {product}; la necesidad es de {need}.',
  'match.product.sameChapter': 'Solo el mismo capítulo SA: elabora {product}; la necesidad es de {need}.',
  'match.coverage.full': 'Cubre la totalidad de {quantity, number} {unit}/{period}.',
  'match.coverage.partial': 'Cubre el {share, number, percent} de {quantity, number} {unit}/{period}.',
  'match.units.noMemberHolds': 'Ningún miembro tiene aún {standard}.',
  'match.units.noUnitHolds': 'Ninguna unidad productora tiene aún {standard}.',
  'match.units.membersHolding':
    'Solo califican los miembros con {standard}: {held, number} de {quantity, number} {unit}/{period}.',
  'match.units.unitsHolding':
    'Solo califican las unidades productoras con {standard}: {held, number} de {quantity, number} {unit}/{period}.',
  'match.distance': 'A {km, number} km del lugar de entrega.',
  'match.distance.notScored': 'Distancia no puntuada: la necesidad no indica lugar de entrega.',
  'match.distance.toCountry': 'Distancia medida hasta el país de entrega.',
  'match.location.approximate': 'Ubicación del proveedor aproximada por su país.',
  'match.leadTime':
    'Plazo de entrega de {leadDays, plural, one {# día} other {# días}} para una primera entrega prevista en {dueDays, plural, one {# día} other {# días}}.',
  'match.standardsHeld':
    'Cumple {held, number} de {required, plural, one {# norma exigida} other {# normas exigidas}} durante todo el período de entrega.',
  'match.trackRecord':
    'Historial del {share, number, percent} en {deliveries, plural, one {# entrega} other {# entregas}}.',
  'match.trackRecord.none': 'Aún no hay entregas registradas.',
  'match.verdict.excluded': 'No elegible: {reasons}.',
  'match.verdict.conditionalBeforeStart':
    'Condicional: puede cerrar sus brechas a tiempo; la más lenta toma unos {months, plural, one {# mes} other {# meses}} y debe cerrarse antes de que comiencen las entregas el {date, date, medium}.',
  'match.verdict.conditionalBy':
    'Condicional: puede cerrar sus brechas a tiempo; la más lenta toma unos {months, plural, one {# mes} other {# meses}} y debe cerrarse a más tardar el {date, date, medium}.',

  'blocker.country': 'con sede en {country}, fuera de los países que acepta la empresa ancla',
  'blocker.distance': 'a {km, number} km, más allá del límite de {limit, number} km de la empresa ancla',
  'blocker.unit':
    'la capacidad está registrada en {unit}, que no se puede comparar con los {needUnit} de la necesidad',
  'blocker.noCapacity': 'no ofrece capacidad comprometida de este producto',
  'blocker.expiredRequiredNow':
    'su certificado {held} venció el {expired, date, medium} y la empresa ancla exige {standard} desde ya',
  'blocker.notHeldRequiredNow': 'no tiene {standard}, que la empresa ancla exige desde ya',
  'blocker.renewalTooLate':
    'su certificado {standard} vence el {lapses, date, medium} y una renovación (unos {months, plural, one {# mes} other {# meses}}) no puede concluir antes del {closeBy, date, medium}',
  'blocker.recertificationBeforeStart':
    'su certificado {standard} venció el {expired, date, medium} y la recertificación no puede concluir antes de que comiencen las entregas el {date, date, medium}',
  'blocker.recertificationByBuyer':
    'su certificado {standard} venció el {expired, date, medium} y la recertificación no puede concluir antes del plazo de la empresa ancla, el {date, date, medium}',
  'blocker.unknownStandard':
    '{standard} no figura en el registro de normas, así que se desconoce cuánto tarda obtenerla',
  'blocker.obtainBeforeStart':
    'obtener {standard} suele tomar {months, plural, one {# mes} other {# meses}}, demasiado para tenerla antes de que comiencen las entregas el {date, date, medium}',
  'blocker.obtainByBuyer':
    'obtener {standard} suele tomar {months, plural, one {# mes} other {# meses}}, demasiado para tenerla antes del plazo de la empresa ancla, el {date, date, medium}',
  'blocker.competence':
    'no ha elaborado productos de la partida {heading} y una prueba no puede concluir antes de que comiencen las entregas el {date, date, medium}',
  'blocker.leadTime':
    'su plazo de {leadDays, plural, one {# día} other {# días}} retrasa la primera entrega {lateDays, plural, one {# día} other {# días}}',

  'gap.anySupplierLapses':
    '{standard} durante todo el período de entrega: su certificado termina el {lapses, date, medium}, antes de la última entrega del {lastDelivery, date, medium}',
  'gap.anySupplierNotHeld':
    '{standard}: este proveedor no la tiene; al menos un proveedor de la coalición debe tenerla',
  'gap.renewal':
    'renovación de {standard}: el certificado {held} termina el {lapses, date, medium}, antes de la última entrega del {lastDelivery, date, medium}',
  'gap.expired': '{standard}: el certificado {held} venció el {expired, date, medium}',
  'gap.notHeld': '{standard}: aún no la tiene',
  'gap.competence': 'experiencia con {product} (elabora otros productos del capítulo {chapter})',
  'gap.leadTime':
    '{lateDays, plural, one {# día} other {# días}} de retraso: plazo de {leadDays, plural, one {# día} other {# días}}, primera entrega prevista en {dueDays, plural, one {# día} other {# días}}',
  'gap.capacity':
    'faltan {short, number} {unit}/{period}: ofrece {offered, number} de los {quantity, number} {unit}/{period} necesarios',
  'gap.distance': '{km, number} km hasta el lugar de entrega (larga distancia, más de {farKm, number} km)',
  'action.renewOrPartner':
    'Renovar el certificado {held} antes del {lapses, date, medium} (unos {months, plural, one {# mes} other {# meses}}), o abastecer en coalición con otro proveedor que tenga {standard}',
  'action.partnerWithHolder': 'Abastecer en coalición con un proveedor que tenga {standard}',
  'action.partnerOrObtain':
    'Abastecer en coalición con un proveedor que tenga {standard}, u obtener {route} (suele tomar {months, plural, one {# mes} other {# meses}})',
  'action.bookRecertification':
    'Programar la auditoría de recertificación {held} antes del {lapses, date, medium}',
  'action.recertify': 'Recertificar {held} con un organismo de certificación',
  'action.obtain':
    'Obtener {route} con el apoyo de un proveedor de servicios empresariales o de un programa de certificación',
  'action.trialOrder': 'Enviar muestras y hacer un pedido de prueba para demostrar el producto',
  'action.laterDelivery': 'Acordar una primera entrega más tardía o mantener un stock de reserva',
  'action.joinCoalition': 'Abastecer como parte de una coalición con otros proveedores',
  'action.consolidateShipments': 'Acordar con la empresa ancla envíos consolidados y el Incoterm',

  'coalition.covers':
    '{suppliers, plural, one {# proveedor cubre} other {# proveedores cubren}} {total, number} de {quantity, number} {unit}/{period} ({shares}) a un costo puesto en destino de {cost} por {period}.',
  'coalition.wholeQuantities': 'En cantidades enteras de {unit}.',
  'coalition.anyQuantities': 'En cualquier cantidad de {unit}.',
  'coalition.provenCheapest': 'Demostrada como la combinación más barata.',
  'coalition.withinGap':
    'Como máximo un {gap, number, ::percent .00} por encima de la combinación más barata.',
  'coalition.alternativeWithout': 'Alternativa sin {suppliers}.',
  'coalition.pricedFromCatalogues': 'Precios de los catálogos publicados (punto medio del rango): {listed}.',
  'coalition.cataloguePrice': '{supplier} a {price} por {unit}',
  'coalition.othersAtFallback':
    '{others, plural, one {El otro miembro se valora} other {Los otros # miembros se valoran}} {fallback}.',
  'coalition.noCataloguePrice':
    'Ningún miembro tiene un precio de catálogo publicado para este producto: cada uno se valora {fallback}, así que la elección depende del transporte y la coordinación.',
  'coalition.noCataloguePriceIn':
    'Ningún miembro tiene un precio de catálogo publicado en {currency} para este producto: cada uno se valora {fallback}, así que la elección depende del transporte y la coordinación.',
  'coalition.fallback.targetPrice': 'al precio objetivo de {price} por {unit}',
  'coalition.fallback.highestCatalogue': 'al precio de catálogo publicado más alto entre los candidatos',
  'coalition.fallback.zero': 'a un precio de 0 (no se indica precio objetivo)',
  'coalition.excluded.country': 'con sede en {country}, fuera de los países aceptados',
  'coalition.excluded.distance': 'a {km, number} km, más allá del límite de {limit, number} km',
  'coalition.excluded.unit':
    'las cantidades en {unit} no se pueden comparar con los {needUnit} de la necesidad',
  'coalition.excluded.standardLapses': 'no tiene {standard} durante todo el período de entrega',
  'coalition.excluded.noCapacity': 'sin capacidad comprometida',
  'coalition.excluded.minimumOrder': 'su pedido mínimo supera su capacidad comprometida',
};
