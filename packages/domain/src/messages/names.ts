import { type Locale } from '../i18n/locale.js';
import { type Period } from '../units/periods.js';
import { type Unit } from '../units/units.js';

/**
 * Units as written after a number or after "per", in each language: SI symbols stay symbols; counted
 * things get the short word a buyer writes. English keeps the codes the product always printed.
 */
export const UNIT_NAMES: Readonly<Record<Locale, Readonly<Record<Unit, string>>>> = {
  en: {
    kg: 'kg',
    g: 'g',
    t: 't',
    lb: 'lb',
    l: 'l',
    ml: 'ml',
    m3: 'm3',
    pieces: 'pieces',
    dozens: 'dozens',
    m: 'm',
    m2: 'm2',
    hours: 'hours',
  },
  fr: {
    kg: 'kg',
    g: 'g',
    t: 't',
    lb: 'lb',
    l: 'l',
    ml: 'ml',
    m3: 'm³',
    pieces: 'pièces',
    dozens: 'douzaines',
    m: 'm',
    m2: 'm²',
    hours: 'heures',
  },
  es: {
    kg: 'kg',
    g: 'g',
    t: 't',
    lb: 'lb',
    l: 'l',
    ml: 'ml',
    m3: 'm³',
    pieces: 'piezas',
    dozens: 'docenas',
    m: 'm',
    m2: 'm²',
    hours: 'horas',
  },
  ar: {
    kg: 'كغ',
    g: 'غ',
    t: 'طن',
    lb: 'رطل',
    l: 'لتر',
    ml: 'مل',
    m3: 'م³',
    pieces: 'قطعة',
    dozens: 'دزينة',
    m: 'م',
    m2: 'م²',
    hours: 'ساعة',
  },
};

/** The period as in "4 t/month" and "per month". */
export const PERIOD_NAMES: Readonly<Record<Locale, Readonly<Record<Period, string>>>> = {
  en: { WEEK: 'week', MONTH: 'month', YEAR: 'year' },
  fr: { WEEK: 'semaine', MONTH: 'mois', YEAR: 'an' },
  es: { WEEK: 'semana', MONTH: 'mes', YEAR: 'año' },
  ar: { WEEK: 'أسبوع', MONTH: 'شهر', YEAR: 'سنة' },
};
