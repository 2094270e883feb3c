import type { OrderStatus } from '../api/types'

/** The shopper's order tabs, each the statuses it shows (none: every order). */
export const ORDER_TABS = {
  all: [],
  unpaid: ['AWAITING_PAYMENT'],
  toShip: ['PAID'],
  toReceive: ['SHIPPED'],
  received: ['DELIVERED', 'COMPLETED'],
  closed: ['CANCELLED', 'REFUNDED'],
} as const satisfies Record<string, readonly OrderStatus[]>

export type OrderTab = keyof typeof ORDER_TABS

/** The tab a query value names; an unknown or missing one is "all". */
export function orderTab(value: unknown): OrderTab {
  return typeof value === 'string' && value in ORDER_TABS ? (value as OrderTab) : 'all'
}
