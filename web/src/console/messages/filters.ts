import type { LocationQuery } from 'vue-router'
import type { ThreadFilters } from './api'

/** The thread list's filters, kept in the URL: read from the route's query, written back as a query without empty parts. */
export interface FilterForm {
  productId: string
  orderNumber: string
  from: string
  to: string
  unread: boolean
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '')

export function formOf(query: LocationQuery): FilterForm {
  return {
    productId: text(query.productId),
    orderNumber: text(query.orderNumber),
    from: text(query.from),
    to: text(query.to),
    unread: query.unread === 'true',
  }
}

export function filtersOf(form: FilterForm): ThreadFilters {
  const filters: ThreadFilters = {}
  if (form.productId.trim()) filters.productId = form.productId.trim()
  if (form.orderNumber.trim()) filters.orderNumber = form.orderNumber.trim()
  if (form.from) filters.from = form.from
  if (form.to) filters.to = form.to
  if (form.unread) filters.unread = 'true'
  return filters
}

/** The query of the list's URL for a form (the cursor is not kept: a changed filter starts from the first page). */
export function queryOf(form: FilterForm): Record<string, string> {
  return { ...filtersOf(form) }
}
