import type { LocationQuery } from 'vue-router'

/**
 * A payment provider's page sends the shopper back to `/orders?payment=<id>&outcome=paid|failed` (the sandbox page's
 * complete/fail answer, Stripe's success URL) or `outcome=cancelled` (Stripe's cancel URL).
 */
export const PAYMENT_OUTCOMES = ['paid', 'failed', 'cancelled'] as const
export type PaymentOutcome = (typeof PAYMENT_OUTCOMES)[number]

export interface PaymentReturn {
  paymentId: string
  outcome: PaymentOutcome
}

function first(value: LocationQuery[string] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' && v ? v : undefined
}

/** The return of a payment page in the route's query; undefined when the shopper did not come back from one. */
export function paymentReturn(query: LocationQuery): PaymentReturn | undefined {
  const paymentId = first(query.payment)
  const outcome = first(query.outcome)
  if (!paymentId || !outcome || !(PAYMENT_OUTCOMES as readonly string[]).includes(outcome)) return undefined
  return { paymentId, outcome: outcome as PaymentOutcome }
}

/** The query without the return's keys, so reloading the page does not announce the payment again. */
export function withoutPaymentReturn(query: LocationQuery): LocationQuery {
  const { payment: _payment, outcome: _outcome, ...rest } = query
  return rest
}
