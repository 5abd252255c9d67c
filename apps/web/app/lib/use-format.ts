import type { Period, Unit } from '@linkage/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatCountry,
  formatDate,
  formatDateTime,
  formatLanguage,
  formatMonths,
  formatNumber,
  monthShort,
  percent,
} from './format';
import { usePageLocale } from './use-page-locale';

/** The formatters of lib/format.ts bound to the page's language, plus those that need its catalogue. */
export function useFormat() {
  const { t } = useTranslation();
  const locale = usePageLocale();
  return useMemo(
    () => ({
      locale,
      number: (x: number) => formatNumber(x, locale),
      percent: (x: number) => percent(x, locale),
      date: (iso: string) => formatDate(iso, locale),
      dateTime: (iso: string) => formatDateTime(iso, locale),
      country: (code: string) => formatCountry(code, locale),
      language: (code: string) => formatLanguage(code, locale),
      monthShort: (month: number) => monthShort(month, locale),
      months: (months: number[]) => formatMonths(months, locale, t('format.allYear')),
      /** "12 t / month", "12 t / mois". */
      rate: (quantity: number, unit: Unit, period: Period) =>
        t('format.rate', { quantity: formatNumber(quantity, locale), unit, period: t(`period.${period}`) }),
    }),
    [locale, t],
  );
}
