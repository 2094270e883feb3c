import { api, call } from '../../shared/api/client'
import type { components } from '../../shared/api/schema'

type Schemas = components['schemas']

export type Shipment = Schemas['ShipmentView']
export type BulkShipmentResult = Schemas['BulkShipmentView']
export const TRACKING_STATUSES = ['IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'EXCEPTION'] as const
export type TrackingStatus = (typeof TRACKING_STATUSES)[number]

/** Ships units of a paid order in one parcel; the same Idempotency-Key with the same body answers the same parcel. */
export function createShipment(number: string, idempotencyKey: string, body: Schemas['ShipmentRequest']) {
  return call(api.POST('/api/merchant/orders/{number}/shipments', {
    params: { path: { number }, header: { 'Idempotency-Key': idempotencyKey } },
    body,
  }))
}

/** Adds a tracking event to a parcel; a retry with the same Idempotency-Key adds nothing. */
export function addTrackingEvent(number: string, shipmentId: string, idempotencyKey: string, body: Schemas['TrackingEventRequest']) {
  return call(api.POST('/api/merchant/orders/{number}/shipments/{shipmentId}/events', {
    params: { path: { number, shipmentId }, header: { 'Idempotency-Key': idempotencyKey } },
    body,
  }))
}

/** Ships the orders of a CSV file (sent as it is, text/csv); each row gets its own answer. */
export function bulkShip(csv: string, idempotencyKey: string) {
  return call(api.POST('/api/merchant/orders/shipments/bulk', {
    params: { header: { 'Idempotency-Key': idempotencyKey } },
    body: csv,
    bodySerializer: (text: string) => text,
    headers: { 'Content-Type': 'text/csv' },
  }))
}
