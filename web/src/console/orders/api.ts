import { api, call } from '../../shared/api/client'
import type { components } from '../../shared/api/schema'

type Schemas = components['schemas']

export type MerchantOrderSummary = Schemas['MerchantOrderSummaryView']
export type OrderExport = Schemas['OrderExportView']
/** The list's filters, as both the list's query and an export's body take them (absent: no filter). */
export type OrderFilter = { [K in keyof Schemas['OrderQueryInput']]?: NonNullable<Schemas['OrderQueryInput'][K]> }

export const PAYMENT_STATES = ['UNPAID', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED'] as const
export const ORDER_SORTS = ['NEWEST', 'OLDEST', 'TOTAL_HIGH', 'TOTAL_LOW'] as const
export const EXPORT_FORMATS = ['CSV', 'XLSX'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** One keyset page of the merchant's orders (permission `orders`); `cursor` is the previous page's `nextCursor`. */
export function listMerchantOrders(filter: OrderFilter, cursor: string | undefined, limit: number) {
  return call(api.GET('/api/merchant/orders', { params: { query: { ...filter, cursor, limit } } }))
}

/**
 * Asks for an export of the orders the filter shows; it is made in the background (poll `getExport`). The same
 * Idempotency-Key with the same body answers with the export already asked for.
 */
export function createExport(format: ExportFormat, filter: OrderFilter, idempotencyKey: string) {
  return call(api.POST('/api/merchant/order-exports', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: { format, filter } }))
}

export function getExport(id: string) {
  return call(api.GET('/api/merchant/order-exports/{id}', { params: { path: { id } } }))
}

export function listExports() {
  return call(api.GET('/api/merchant/order-exports', { params: { query: { limit: 50 } } }))
}

/** Whether an export still changes (worth asking again). */
export function exportRunning(e: Pick<OrderExport, 'state'>): boolean {
  return e.state === 'QUEUED' || e.state === 'RUNNING'
}

/** How far an export is, in the shape the console's progress bar takes. */
export function exportProgress(e: Pick<OrderExport, 'state' | 'rowsTotal' | 'ordersDone'>) {
  const done = Math.max(0, e.ordersDone)
  const total = Math.max(done, e.rowsTotal ?? 0)
  if (!exportRunning(e)) return { percent: 100, indeterminate: false, finished: true, done, total }
  if (e.rowsTotal == null) return { percent: 0, indeterminate: true, finished: false, done, total }
  const percent = total === 0 ? 99 : Math.min(99, Math.floor((done * 100) / total))
  return { percent, indeterminate: false, finished: false, done, total }
}
