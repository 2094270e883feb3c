import type { InboxNotification } from './api'

type Translate = (key: string, values?: Record<string, unknown>) => string
type Money = (minor: number | null | undefined, currency: string) => string

/**
 * A notification's words in the reader's language: its key under storefront.members.inbox.messages, with its
 * parameters (amounts in minor units, such as priceMinor and wasMinor, formatted as money in the given currency); an
 * unknown key says what kind of news it is.
 */
export function wording(n: InboxNotification, t: Translate, te: (key: string) => boolean, money: Money): { title: string; body: string } {
  const title = t(`storefront.members.inbox.kinds.${n.kind}`)
  const key = `storefront.members.inbox.messages.${n.key}`
  if (!te(key)) return { title, body: '' }
  const values: Record<string, unknown> = { ...n.params }
  const currency = n.params.currency
  if (currency) {
    for (const [name, value] of Object.entries(n.params)) {
      if (name.endsWith('Minor') && /^-?\d+$/.test(value)) values[name.slice(0, -'Minor'.length)] = money(Number(value), currency)
    }
    if (values.was === undefined && values.price !== undefined) values.was = ''
  }
  return { title, body: t(key, values) }
}
