/** Formats integer minor units of an ISO 4217 currency for a locale (JPY has no minor unit, BHD three). */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency })
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2
  return format.format(minor / 10 ** digits)
}

/** Parses what a person typed ("12.5", "12,50") into minor units; undefined when it is not an amount. */
export function parseMoney(text: string, currency: string): number | undefined {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  const normal = text.trim().replace(',', '.')
  if (!/^\d+(\.\d+)?$/.test(normal)) return undefined
  const [whole = '0', fraction = ''] = normal.split('.')
  if (fraction.length > digits) return undefined
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0')
}
