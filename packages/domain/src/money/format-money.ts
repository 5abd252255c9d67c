/**
 * Money as explanations print it: grouped, two decimals, with the ISO 4217 code ("USD 61,234.50"), so
 * a buyer never has to guess the currency. Without a currency the amount is printed alone.
 */
export function formatMoney(amount: number, currency: string | undefined): string {
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    return new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
      currencyDisplay: 'code',
      maximumFractionDigits: 2,
    })
      .format(amount)
      .replace(/\u00a0/g, ' ');
  }
  return new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(amount);
}
