import type { CheckoutResponse } from '../api/types'

/**
 * Where each unpaid order is paid. The order views (GET /api/orders/{number}) do not say, only the checkout answer
 * does, so the storefront keeps that answer's payment per order number in this browser to offer "Pay now" later.
 */
export interface PendingPayment {
  paymentId: string
  provider: string
  redirectUrl: string
  checkoutId: string
  orders: string[]
}

const STORAGE_KEY = 'bazaar.payments'
const MAX_KEPT = 20

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}

function readAll(): PendingPayment[] {
  try {
    const list = JSON.parse(storage()?.getItem(STORAGE_KEY) ?? '[]') as unknown
    return Array.isArray(list) ? (list as PendingPayment[]) : []
  } catch {
    return []
  }
}

export function rememberPayment(checkout: CheckoutResponse): void {
  if (!checkout.payment.redirectUrl) return
  const entry: PendingPayment = {
    paymentId: checkout.payment.paymentId,
    provider: checkout.payment.provider,
    redirectUrl: checkout.payment.redirectUrl,
    checkoutId: checkout.checkoutId,
    orders: checkout.orders.map((o) => o.orderNumber),
  }
  const kept = [entry, ...readAll().filter((p) => p.paymentId !== entry.paymentId)].slice(0, MAX_KEPT)
  storage()?.setItem(STORAGE_KEY, JSON.stringify(kept))
}

export function paymentOf(orderNumber: string): PendingPayment | undefined {
  return readAll().find((p) => p.orders.includes(orderNumber))
}

/** The order is paid or cancelled: its link is of no more use. */
export function forgetPayment(orderNumber: string): void {
  const all = readAll()
  const kept = all.filter((p) => !p.orders.includes(orderNumber))
  if (kept.length !== all.length) storage()?.setItem(STORAGE_KEY, JSON.stringify(kept))
}

/** The sandbox's page does not send the shopper back, so it opens beside the shop; real providers return to /orders. */
export function opensInNewTab(payment: Pick<PendingPayment, 'provider'>): boolean {
  return payment.provider === 'sandbox'
}
