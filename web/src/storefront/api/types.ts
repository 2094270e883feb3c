import type { components, paths } from '../../shared/api/schema'

/**
 * The names the storefront uses for the API's views: aliases of the generated schema (schema.ts, regenerated from the
 * OpenAPI document), so a change in the API breaks the build where the storefront reads it. Only ORDER_STATUSES is
 * local: the document types every order status as a plain string (no enum), and the storefront needs the list for its
 * timeline and its labels.
 */
type Schemas = components['schemas']

export type Category = Schemas['CategoryView']
export type TermRef = Schemas['TermRef']
export type ProductCard = Schemas['ProductCard']
export type FacetCount = Schemas['FacetCount']
export type PriceBucket = Schemas['PriceBucket']
export type SearchResult = Schemas['SearchResult']
export type AttributeSpec = Schemas['AttributeSpec']
export type SkuOffer = Schemas['SkuOffer']
export type ProductDetail = Schemas['ProductDetail']

export type CartLine = Schemas['CartLineView']
export type CurrencyTotal = Schemas['CurrencyTotal']
export type CartView = Schemas['CartView']
export type LineChange = Schemas['LineChangeRequest']

export type AddressInput = Schemas['AddressInput']
export type Address = Schemas['AddressView']
export type OrderLine = Schemas['OrderLineView']
export type OrderBreakdown = Schemas['OrderBreakdown']
export type CheckoutResponse = Schemas['CheckoutResponse']
export type QuotedOrder = Schemas['QuotedOrder']
export type CheckoutQuote = Schemas['CheckoutQuote']
export type QuoteRequest = Schemas['QuoteRequest']
export type CheckoutRequest = Schemas['CheckoutRequest']
export type OrderSummary = Schemas['OrderSummaryView']
export type OrdersPage = Schemas['PageOrderSummaryView']
export type StatusChange = Schemas['HistoryView']
export type OrderView = Schemas['OrderView']
export type OrderPayment = Schemas['OrderPaymentView']

export type RegisterRequest = Schemas['RegisterRequest']
export type Registered = Schemas['Registered']

/** The query parameters GET /api/catalog/products takes (ids and prices as text, prices in minor units). */
export type SearchParams = NonNullable<paths['/api/catalog/products']['get']['parameters']['query']>

/**
 * The statuses an order goes through (OrderStatus.java). Local: the document has `status: string` on every order
 * view, not an enum. Statuses not in this list are still shown, by their raw name.
 */
export const ORDER_STATUSES = ['AWAITING_PAYMENT', 'PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'REFUNDED'] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

export function isOrderStatus(status: string): status is OrderStatus {
  return (ORDER_STATUSES as readonly string[]).includes(status)
}
