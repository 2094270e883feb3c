import { parseMoney } from '../../shared/ui/money'

/** Digits after the decimal point of a currency (CNY 2, JPY 0, BHD 3); 2 for a code Intl does not know. */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

/** Minor units as a person types them in major units: 6800 CNY -> "68.00", 500 JPY -> "500". */
export function minorToInput(minor: number | null | undefined, currency: string): string {
  if (minor == null || !Number.isFinite(minor)) return ''
  const digits = currencyDigits(currency)
  const negative = minor < 0
  const text = String(Math.abs(Math.trunc(minor))).padStart(digits + 1, '0')
  const whole = digits ? text.slice(0, -digits) : text
  const fraction = digits ? text.slice(-digits) : ''
  return (negative ? '-' : '') + whole + (digits ? '.' + fraction : '')
}

/** What a person typed in major units ("12.5", "12,50", " 3 ") as minor units; undefined when it is no amount. */
export function inputToMinor(text: string, currency: string): number | undefined {
  try {
    return parseMoney(text, currency)
  } catch {
    return undefined
  }
}

/** Safe for currencies Intl does not know, which a merchant may type while editing. */
export function safeFormatMoney(minor: number | null | undefined, currency: string, locale: string): string {
  if (minor == null) return '—'
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 10 ** currencyDigits(currency))
  } catch {
    return `${minorToInput(minor, currency)} ${currency}`
  }
}
