import { api, call } from '../../shared/api/client'
import type { ImportJobRequest, ImportOutcome } from './views'

/** Starts a job; the same Idempotency-Key with the same body answers with the job already started. */
export function startImport(request: ImportJobRequest, idempotencyKey: string) {
  return call(
    api.POST('/api/merchant/imports', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: request }),
  )
}

export function listImports(query: { page?: number; size?: number }) {
  return call(api.GET('/api/merchant/imports', { params: { query } }))
}

export function getImport(id: string) {
  return call(api.GET('/api/merchant/imports/{id}', { params: { path: { id } } }))
}

export function importItems(id: string, query: { outcome?: ImportOutcome; page?: number; size?: number }) {
  const { outcome, ...rest } = query
  return call(api.GET('/api/merchant/imports/{id}/items', {
    params: { path: { id }, query: { ...rest, outcome: outcome?.toLowerCase() } },
  }))
}

export function priceAlerts(query: { page?: number; size?: number }) {
  return call(api.GET('/api/merchant/imports/price-alerts', { params: { query } }))
}

export function acceptAlert(id: string) {
  return call(api.POST('/api/merchant/imports/price-alerts/{id}/accept', { params: { path: { id } } }))
}

export function dismissAlert(id: string) {
  return call(api.POST('/api/merchant/imports/price-alerts/{id}/dismiss', { params: { path: { id } } }))
}

export function priceHistory(productId: string) {
  return call(
    api.GET('/api/merchant/imports/products/{productId}/price-history', { params: { path: { productId } } }),
  )
}
