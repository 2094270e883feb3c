import { isOrderStatus, type OrderStatus, type OrderView } from '../api/types'

export interface TimelineStep {
  /** An OrderStatus; a status this storefront does not know yet (the API types it as a string) ends the line as is. */
  status: string
  /** When the order reached it; undefined for a step still ahead. */
  at?: string
  state: 'done' | 'current' | 'ahead'
}

const HAPPY_PATH: OrderStatus[] = ['AWAITING_PAYMENT', 'PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED']

type Timed = Pick<OrderView, 'status' | 'createdAt' | 'paidAt' | 'shippedAt' | 'deliveredAt' | 'completedAt' | 'cancelledAt' | 'history'>

function reachedAt(order: Timed, status: string): string | undefined {
  const fields: Record<OrderStatus, string | null> = {
    AWAITING_PAYMENT: order.createdAt,
    PAID: order.paidAt,
    SHIPPED: order.shippedAt,
    DELIVERED: order.deliveredAt,
    COMPLETED: order.completedAt,
    CANCELLED: order.cancelledAt,
    REFUNDED: null,
  }
  const field = isOrderStatus(status) ? fields[status] : null
  return field ?? [...order.history].reverse().find((change) => change.to === status)?.at ?? undefined
}

/**
 * The steps of an order for its timeline: placed, paid, shipped, delivered, completed, with the time of each reached
 * one. A cancelled order ends after the steps it reached with "cancelled", a refunded one with "refunded".
 */
export function timeline(order: Timed): TimelineStep[] {
  const ended = order.status === 'CANCELLED' || order.status === 'REFUNDED'
  if (!ended) {
    const current = isOrderStatus(order.status) ? HAPPY_PATH.indexOf(order.status) : -1
    return HAPPY_PATH.map((status, i) => ({
      status,
      at: i <= current ? reachedAt(order, status) : undefined,
      state: i < current ? 'done' : i === current ? 'current' : 'ahead',
    }))
  }
  const reached = HAPPY_PATH.filter((status) => status === 'AWAITING_PAYMENT' || reachedAt(order, status) !== undefined)
  return [
    ...reached.map((status) => ({ status, at: reachedAt(order, status), state: 'done' as const })),
    { status: order.status, at: reachedAt(order, order.status), state: 'current' as const },
  ]
}
