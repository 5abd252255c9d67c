import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { STANDARDS_REGISTRY } from './standards-registry.js';

type Translated = Partial<Record<Exclude<Locale, 'en'>, string>>;

/**
 * Names of standards in the languages where the scheme itself publishes one: ISO's official French,
 * Spanish and Arabic titles, the EU organic regulation's own wording (and its logo's "bio" /
 * "ecológico"), Fairtrade's and Codex's. Brand-only schemes (BRCGS, IFS, GLOBALG.A.P., SMETA,
 * OEKO-TEX…) keep their English name in every language, as their certificates do.
 */
const TRANSLATED_NAMES: Readonly<Record<string, Translated>> = {
  GFSI_RECOGNISED: {
    fr: 'Tout référentiel de sécurité des aliments reconnu par la GFSI',
    es: 'Cualquier esquema de inocuidad alimentaria reconocido por la GFSI',
    ar: 'أي نظام لسلامة الغذاء معترف به من المبادرة العالمية لسلامة الغذاء (GFSI)',
  },
  ISO_9001: {
    fr: 'ISO 9001 Systèmes de management de la qualité',
    es: 'ISO 9001 Sistemas de gestión de la calidad',
    ar: 'ISO 9001 أنظمة إدارة الجودة',
  },
  ISO_14001: {
    fr: 'ISO 14001 Systèmes de management environnemental',
    es: 'ISO 14001 Sistemas de gestión ambiental',
    ar: 'ISO 14001 أنظمة الإدارة البيئية',
  },
  ISO_45001: {
    fr: 'ISO 45001 Systèmes de management de la santé et de la sécurité au travail',
    es: 'ISO 45001 Sistemas de gestión de la seguridad y salud en el trabajo',
    ar: 'ISO 45001 أنظمة إدارة السلامة والصحة المهنية',
  },
  ISO_50001: {
    fr: "ISO 50001 Systèmes de management de l'énergie",
    es: 'ISO 50001 Sistemas de gestión de la energía',
    ar: 'ISO 50001 أنظمة إدارة الطاقة',
  },
  ISO_22000: {
    fr: 'ISO 22000 Systèmes de management de la sécurité des denrées alimentaires',
    es: 'ISO 22000 Sistemas de gestión de la inocuidad de los alimentos',
    ar: 'ISO 22000 أنظمة إدارة سلامة الغذاء',
  },
  ISO_22716: {
    fr: 'ISO 22716 Bonnes pratiques de fabrication des cosmétiques',
    es: 'ISO 22716 Buenas prácticas de fabricación de cosméticos',
    ar: 'ISO 22716 ممارسات التصنيع الجيد لمستحضرات التجميل',
  },
  ISO_17025: {
    fr: "ISO/IEC 17025 Laboratoires d'étalonnages et d'essais (accréditation)",
    es: 'ISO/IEC 17025 Laboratorios de ensayo y calibración (acreditación)',
    ar: 'ISO/IEC 17025 مختبرات الاختبار والمعايرة (اعتماد)',
  },
  ISO_13485: {
    fr: 'ISO 13485 Dispositifs médicaux — management de la qualité',
    es: 'ISO 13485 Productos sanitarios — gestión de la calidad',
    ar: 'ISO 13485 الأجهزة الطبية — إدارة الجودة',
  },
  HACCP: {
    fr: 'Système HACCP (Codex Alimentarius CXC 1-1969)',
    es: 'Sistema APPCC / HACCP (Codex Alimentarius CXC 1-1969)',
    ar: 'نظام تحليل المخاطر ونقاط التحكم الحرجة HACCP (الدستور الغذائي CXC 1-1969)',
  },
  GMP: {
    fr: 'Bonnes pratiques de fabrication (OMS / principes généraux du Codex)',
    es: 'Buenas prácticas de manufactura (OMS / principios generales del Codex)',
    ar: 'ممارسات التصنيع الجيد (منظمة الصحة العالمية / المبادئ العامة للدستور الغذائي)',
  },
  ORGANIC_EU: {
    fr: 'Agriculture biologique (UE), règlement (UE) 2018/848',
    es: 'Producción ecológica (UE), Reglamento (UE) 2018/848',
    ar: 'الإنتاج العضوي (الاتحاد الأوروبي)، اللائحة (الاتحاد الأوروبي) 2018/848',
  },
  ORGANIC_USDA_NOP: {
    fr: 'Programme biologique national de l’USDA (NOP, 7 CFR 205)',
    es: 'Programa Nacional Orgánico del USDA (NOP, 7 CFR 205)',
    ar: 'البرنامج الوطني للمنتجات العضوية لوزارة الزراعة الأمريكية (7 CFR 205)',
  },
  ORGANIC_JAS: {
    fr: 'Norme agricole japonaise pour les végétaux biologiques (JAS)',
    es: 'Norma Agrícola Japonesa para plantas orgánicas (JAS)',
    ar: 'المعيار الزراعي الياباني للنباتات العضوية (JAS)',
  },
  FAIRTRADE_SPO: {
    fr: 'Standard Fairtrade pour les organisations de petits producteurs',
    es: 'Criterio de Comercio Justo Fairtrade para Organizaciones de Pequeños Productores',
    ar: 'معيار التجارة العادلة Fairtrade لمنظمات صغار المنتجين',
  },
  HALAL: {
    fr: 'Certification halal (organisme national, p. ex. OIC/SMIIC 1)',
    es: 'Certificación halal (organismo nacional, p. ej. OIC/SMIIC 1)',
    ar: 'شهادة حلال (هيئة وطنية، مثل OIC/SMIIC 1)',
  },
  KOSHER: { fr: 'Certification casher', es: 'Certificación kosher', ar: 'شهادة كوشر' },
};

const REGISTRY_NAMES = new Map(STANDARDS_REGISTRY.map((standard) => [standard.code, standard.name]));

/**
 * A standard's name in the reader's language where the scheme has one, else its registry name in
 * English, else `registeredName` (a standard an admin added), else the code itself.
 */
export function standardName(code: string, locale: Locale = DEFAULT_LOCALE, registeredName?: string): string {
  const translated = locale === 'en' ? undefined : TRANSLATED_NAMES[code]?.[locale];
  return translated ?? REGISTRY_NAMES.get(code) ?? registeredName ?? code;
}

/** Every code that has a translated name, for the test that each is a registry code. */
export const TRANSLATED_STANDARD_CODES: readonly string[] = Object.keys(TRANSLATED_NAMES);
