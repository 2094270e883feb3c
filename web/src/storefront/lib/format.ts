/** A date and time in the reader's language. */
export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

/** SKU attributes as one line: "colour: red · size: S". */
export function attributesText(attributes: Record<string, unknown> | null | undefined): string {
  if (!attributes) return ''
  return Object.entries(attributes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join(' · ')
}
