import { type MessageTemplates } from './template-types.js';

/*
 * Modern Standard Arabic: الشركة الرائدة (lead firm), مجموعة منتجين (producer group), حاجة توريد
 * (sourcing need), شهادة (certificate), معيار (standard), تحالف (coalition).
 * Counted nouns follow Arabic agreement through all six plural categories of Intl.PluralRules.
 */
const days = (arg: string) =>
  `{${arg}, plural, zero {# يوم} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}`;
const months = (arg: string) =>
  `{${arg}, plural, zero {# شهر} one {شهر واحد} two {شهران} few {# أشهر} many {# شهرًا} other {# شهر}}`;

export const ar: MessageTemplates = {
  'stored.text': '{text}',

  'match.product.same': 'المنتج نفسه ({product}).',
  'match.product.sameHeading': 'البند نفسه في النظام المنسق: ينتج {product}، والحاجة إلى {need}.',
  'match.product.sameChapter': 'الفصل نفسه فقط في النظام المنسق: ينتج {product}، والحاجة إلى {need}.',
  'match.coverage.full': 'يغطي الكمية كاملة: {quantity, number} {unit}/{period}.',
  'match.coverage.partial': 'يغطي {share, number, percent} من {quantity, number} {unit}/{period}.',
  'match.units.noMemberHolds': 'لا يحمل أي عضو {standard} حتى الآن.',
  'match.units.noUnitHolds': 'لا تحمل أي وحدة إنتاج {standard} حتى الآن.',
  'match.units.membersHolding':
    'لا يُحتسب إلا الأعضاء الحاملون لـ{standard}: {held, number} من {quantity, number} {unit}/{period}.',
  'match.units.unitsHolding':
    'لا تُحتسب إلا وحدات الإنتاج الحاملة لـ{standard}: {held, number} من {quantity, number} {unit}/{period}.',
  'match.distance': 'على بعد {km, number} كم من مكان التسليم.',
  'match.distance.notScored': 'لم تُحتسب المسافة: لا تحدد الحاجة مكان التسليم.',
  'match.distance.toCountry': 'المسافة محسوبة حتى بلد التسليم.',
  'match.location.approximate': 'موقع المورد تقريبي بحسب بلده.',
  'match.leadTime': `مهلة التوريد ${days('leadDays')} لأول تسليم مستحق بعد ${days('dueDays')}.`,
  'match.standardsHeld':
    'يستوفي {held, number} من {required, plural, zero {# معيار مطلوب} one {معيار مطلوب واحد} two {معيارين مطلوبين} few {# معايير مطلوبة} many {# معيارًا مطلوبًا} other {# معيار مطلوب}} طوال فترة التسليم.',
  'match.trackRecord':
    'سجل الأداء {share, number, percent} على {deliveries, plural, zero {# عملية تسليم} one {عملية تسليم واحدة} two {عمليتي تسليم} few {# عمليات تسليم} many {# عملية تسليم} other {# عملية تسليم}}.',
  'match.trackRecord.none': 'لا توجد عمليات تسليم مسجلة بعد.',
  'match.verdict.excluded': 'غير مؤهل: {reasons}.',
  'match.verdict.conditionalBeforeStart': `مؤهل بشروط: يمكنه سد فجواته في الوقت المناسب؛ أبطؤها يستغرق نحو ${months('months')} ويجب سدها قبل بدء التسليم في {date, date, medium}.`,
  'match.verdict.conditionalBy': `مؤهل بشروط: يمكنه سد فجواته في الوقت المناسب؛ أبطؤها يستغرق نحو ${months('months')} ويجب سدها بحلول {date, date, medium}.`,

  'blocker.country': 'مقره في {country}، خارج البلدان التي تقبلها الشركة الرائدة',
  'blocker.distance':
    'على بعد {km, number} كم، أبعد من الحد الذي وضعته الشركة الرائدة وهو {limit, number} كم',
  'blocker.unit': 'الطاقة مسجلة بوحدة {unit} التي لا يمكن مقارنتها بوحدة الحاجة {needUnit}',
  'blocker.noCapacity': 'لا يعرض طاقة ملتزمًا بها لهذا المنتج',
  'blocker.expiredRequiredNow':
    'انتهت صلاحية شهادته {held} في {expired, date, medium}، والشركة الرائدة تشترط {standard} من الآن',
  'blocker.notHeldRequiredNow': 'لا يحمل {standard} الذي تشترطه الشركة الرائدة من الآن',
  'blocker.renewalTooLate': `تنتهي صلاحية شهادته {standard} في {lapses, date, medium} ولا يمكن إتمام التجديد (نحو ${months('months')}) بحلول {closeBy, date, medium}`,
  'blocker.recertificationBeforeStart':
    'انتهت صلاحية شهادته {standard} في {expired, date, medium} ولا يمكن إتمام إعادة الاعتماد قبل بدء التسليم في {date, date, medium}',
  'blocker.recertificationByBuyer':
    'انتهت صلاحية شهادته {standard} في {expired, date, medium} ولا يمكن إتمام إعادة الاعتماد قبل الموعد الذي حددته الشركة الرائدة في {date, date, medium}',
  'blocker.unknownStandard': '{standard} غير مدرج في سجل المعايير، لذا فالمدة اللازمة للحصول عليه غير معروفة',
  'blocker.obtainBeforeStart': `الحصول على {standard} يستغرق عادة ${months('months')}، وهي مدة أطول من أن يحمله قبل بدء التسليم في {date, date, medium}`,
  'blocker.obtainByBuyer': `الحصول على {standard} يستغرق عادة ${months('months')}، وهي مدة أطول من أن يحمله قبل الموعد الذي حددته الشركة الرائدة في {date, date, medium}`,
  'blocker.competence':
    'لم يصنع منتجات من البند {heading} ولا يمكن إتمام تجربة قبل بدء التسليم في {date, date, medium}',
  'blocker.leadTime': `مهلة توريده البالغة ${days('leadDays')} تؤخر أول تسليم ${days('lateDays')}`,

  'gap.anySupplierLapses':
    '{standard} طوال فترة التسليم: تنتهي شهادته في {lapses, date, medium}، قبل آخر تسليم في {lastDelivery, date, medium}',
  'gap.anySupplierNotHeld': '{standard}: لا يحمله هذا المورد؛ يجب أن يحمله مورد واحد على الأقل في التحالف',
  'gap.renewal':
    'تجديد {standard}: تنتهي شهادة {held} في {lapses, date, medium}، قبل آخر تسليم في {lastDelivery, date, medium}',
  'gap.expired': '{standard}: انتهت صلاحية شهادة {held} في {expired, date, medium}',
  'gap.notHeld': '{standard}: غير محمول بعد',
  'gap.competence': 'الخبرة في {product} (ينتج منتجات أخرى من الفصل {chapter})',
  'gap.leadTime': `تأخير ${days('lateDays')}: مهلة التوريد ${days('leadDays')}، وأول تسليم مستحق بعد ${days('dueDays')}`,
  'gap.capacity':
    'نقص قدره {short, number} {unit}/{period}: يعرض {offered, number} من {quantity, number} {unit}/{period} المطلوبة',
  'gap.distance': '{km, number} كم حتى مكان التسليم (نقل لمسافة طويلة تتجاوز {farKm, number} كم)',
  'action.renewOrPartner': `جدّد شهادة {held} قبل {lapses, date, medium} (نحو ${months('months')})، أو ورّد ضمن تحالف مع مورد آخر يحمل {standard}`,
  'action.partnerWithHolder': 'ورّد ضمن تحالف مع مورد يحمل {standard}',
  'action.partnerOrObtain': `ورّد ضمن تحالف مع مورد يحمل {standard}، أو احصل على {route} (يستغرق عادة ${months('months')})`,
  'action.bookRecertification': 'احجز تدقيق إعادة اعتماد {held} قبل {lapses, date, medium}',
  'action.recertify': 'أعد اعتماد {held} لدى جهة إصدار الشهادات',
  'action.obtain': 'احصل على {route} بدعم من مقدم خدمات تطوير الأعمال أو من برنامج لإصدار الشهادات',
  'action.trialOrder': 'أرسل عينات ونفّذ طلبية تجريبية لإثبات جودة المنتج',
  'action.laterDelivery': 'اتفق على موعد لاحق لأول تسليم أو احتفظ بمخزون احتياطي',
  'action.joinCoalition': 'ورّد ضمن تحالف مع موردين آخرين',
  'action.consolidateShipments': 'اتفق مع الشركة الرائدة على شحنات مجمعة وعلى شرط الإنكوترمز',

  'coalition.covers':
    '{suppliers, plural, zero {لا مورد يغطي} one {مورد واحد يغطي} two {موردان يغطيان} few {# موردين يغطون} many {# موردًا يغطون} other {# مورد يغطون}} {total, number} من {quantity, number} {unit}/{period} ({shares}) بتكلفة واصلة قدرها {cost} لكل {period}.',
  'coalition.wholeQuantities': 'بكميات صحيحة من {unit}.',
  'coalition.anyQuantities': 'بأي كميات من {unit}.',
  'coalition.provenCheapest': 'ثبت أنها التركيبة الأقل تكلفة.',
  'coalition.withinGap': 'تزيد بما لا يتجاوز {gap, number, ::percent .00} على التركيبة الأقل تكلفة.',
  'coalition.alternativeWithout': 'بديل من دون {suppliers}.',
  'coalition.pricedFromCatalogues': 'الأسعار مأخوذة من الكتالوجات المنشورة (منتصف النطاق): {listed}.',
  'coalition.cataloguePrice': '{supplier} بسعر {price} لكل {unit}',
  'coalition.othersAtFallback':
    '{others, plural, zero {لا أعضاء آخرين تُحتسب تكلفتهم} one {العضو الآخر تُحتسب تكلفته} two {العضوان الآخران تُحتسب تكلفتهما} few {الأعضاء الـ# الآخرون تُحتسب تكلفتهم} many {الأعضاء الـ# الآخرون تُحتسب تكلفتهم} other {الأعضاء الـ# الآخرون تُحتسب تكلفتهم}} {fallback}.',
  'coalition.noCataloguePrice':
    'لا يملك أي عضو سعر كتالوج منشورًا لهذا المنتج: تُحتسب تكلفة كل منهم {fallback}، لذا يعتمد الاختيار على النقل والتنسيق.',
  'coalition.noCataloguePriceIn':
    'لا يملك أي عضو سعر كتالوج منشورًا بعملة {currency} لهذا المنتج: تُحتسب تكلفة كل منهم {fallback}، لذا يعتمد الاختيار على النقل والتنسيق.',
  'coalition.fallback.targetPrice': 'بالسعر المستهدف البالغ {price} لكل {unit}',
  'coalition.fallback.highestCatalogue': 'بأعلى سعر كتالوج منشور بين المرشحين',
  'coalition.fallback.zero': 'بسعر صفر (لم يُحدَّد سعر مستهدف)',
  'coalition.excluded.country': 'مقره في {country}، خارج البلدان المقبولة',
  'coalition.excluded.distance': 'على بعد {km, number} كم، أبعد من الحد البالغ {limit, number} كم',
  'coalition.excluded.unit': 'لا يمكن مقارنة الكميات بوحدة {unit} بوحدة الحاجة {needUnit}',
  'coalition.excluded.standardLapses': 'لا يحمل {standard} طوال فترة التسليم',
  'coalition.excluded.noCapacity': 'لا طاقة ملتزمًا بها',
  'coalition.excluded.minimumOrder': 'الحد الأدنى لطلبه يتجاوز طاقته الملتزم بها',
};
