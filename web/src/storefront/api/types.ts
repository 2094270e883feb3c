/**
 * What the storefront reads from the API, named exactly as the Java records serialise them (nulls included). The
 * generated schema.ts still marks most of these fields optional and has no schema for the cart and checkout answers;
 * once it is regenerated with required/nullable fields these views should collapse into aliases of its components.
 */

/** catalog: CategoryView */
export interface Category {
  id: number
  name: string
  slug: string
  children: Category[]
}

/** catalog: TermRef (brand, series, keyword, tag) */
export interface TermRef {
  id: number
  name: string
}

/** catalog: ProductCard */
export interface ProductCard {
  id: string
  name: string
  slug: string
  url: string
  brand: TermRef | null
  minPriceMinor: number | null
  maxPriceMinor: number | null
  currency: string
  inStock: boolean
  salesCount: number
  ratingCount: number
  ratingAverage: number | null
  image: string | null
}

/** catalog: FacetCount */
export interface FacetCount {
  id: number
  name: string
  count: number
}

/** catalog: PriceBucket, starting prices in [fromMinor, toMinor) */
export interface PriceBucket {
  fromMinor: number
  toMinor: number
  count: number
}

/** catalog: SearchResult */
export interface SearchResult {
  items: ProductCard[]
  page: number
  size: number
  total: number
  facets: { brands: FacetCount[]; tags: FacetCount[]; priceBuckets: PriceBucket[] }
}

/** catalog: AttributeSpec */
export interface AttributeSpec {
  name: string
  values: string[]
}

/** catalog: SkuOffer */
export interface SkuOffer {
  id: string
  attributes: Record<string, string>
  priceMinor: number
  stock: number
  available: boolean
  image: string | null
}

/** catalog: ProductDetail; `description` is HTML the API sanitised when it was saved. */
export interface ProductDetail {
  id: string
  name: string
  slug: string
  url: string
  category: { id: number; name: string; path: { id: number; name: string; slug: string }[] } | null
  brand: TermRef | null
  series: TermRef | null
  keywords: TermRef[]
  tags: TermRef[]
  description: string | null
  parameters: string | null
  packaging: string | null
  afterSales: string | null
  currency: string
  attributes: AttributeSpec[]
  skus: SkuOffer[]
  images: { id: string; url: string; width: number | null; height: number | null }[]
  minPriceMinor: number | null
  maxPriceMinor: number | null
  inStock: boolean
  ratingCount: number
  ratingAverage: number | null
  salesCount: number
  viewCount: number
}

/** cart: CartLineView; productId/productName/slug are null for a SKU the catalog no longer has. */
export interface CartLine {
  skuId: string
  productId: string | null
  productName: string | null
  slug: string | null
  attributes: Record<string, unknown>
  quantity: number
  selected: boolean
  unitPriceMinor: number
  addedPriceMinor: number
  priceChanged: boolean
  currency: string
  available: boolean
  stock: number
  lineTotalMinor: number
}

/** cart: CurrencyTotal, over the selected available lines */
export interface CurrencyTotal {
  currency: string
  itemsMinor: number
  count: number
}

/** cart: CartView */
export interface CartView {
  lines: CartLine[]
  totals: CurrencyTotal[]
  updatedAt: string | null
}

/** orders: AddressInput */
export interface AddressInput {
  name: string
  phone: string
  country: string
  region?: string
  city: string
  postalCode?: string
  line1: string
  line2?: string
}

/** orders: AddressView */
export interface Address extends AddressInput {
  id: string
}

/** orders: OrderLineView */
export interface OrderLine {
  skuId: string
  productId: string
  productName: string
  attributes: Record<string, unknown> | null
  unitPriceMinor: number
  quantity: number
  lineTotalMinor: number
}

/** orders: CheckoutResponse.OrderBreakdown */
export interface OrderBreakdown {
  orderNumber: string
  merchantId: string
  lines: OrderLine[]
  itemsMinor: number
  discountMinor: number
  shippingMinor: number
  totalMinor: number
  currency: string
  status: OrderStatus
}

/** orders: CheckoutResponse */
export interface CheckoutResponse {
  checkoutId: string
  orders: OrderBreakdown[]
  currency: string
  grandTotalMinor: number
  payment: { paymentId: string; provider: string; redirectUrl: string | null }
}

/** orders: CheckoutQuote.QuotedOrder */
export interface QuotedOrder {
  merchantId: string
  lines: OrderLine[]
  itemsMinor: number
  discountMinor: number
  shippingMinor: number
  totalMinor: number
  currency: string
}

/** orders: CheckoutQuote, what placing the order would cost now (nothing reserved) */
export interface CheckoutQuote {
  orders: QuotedOrder[]
  currency: string
  itemsMinor: number
  discountMinor: number
  shippingMinor: number
  grandTotalMinor: number
  couponCode: string | null
}

/** orders: QuoteRequest */
export interface QuoteRequest {
  addressId?: string
  address?: AddressInput
  couponCode?: string
}

/** orders: CheckoutRequest */
export interface CheckoutRequest {
  addressId?: string
  address?: AddressInput
  paymentMethod: string
  couponCode?: string
}

export const ORDER_STATUSES = ['AWAITING_PAYMENT', 'PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'REFUNDED'] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

/** orders: OrderSummaryView */
export interface OrderSummary {
  orderNumber: string
  merchantId: string
  status: OrderStatus
  currency: string
  itemsMinor: number
  discountMinor: number
  shippingMinor: number
  totalMinor: number
  createdAt: string
}

/** orders: OrderView.HistoryView */
export interface StatusChange {
  from: OrderStatus | null
  to: OrderStatus
  at: string
  by: string
  note: string | null
}

/** orders: OrderView */
export interface OrderView extends OrderSummary {
  checkoutId: string
  lines: OrderLine[]
  shipTo: Partial<AddressInput> | null
  paymentMethod: string
  carrier: string | null
  trackingNumber: string | null
  paidAt: string | null
  shippedAt: string | null
  deliveredAt: string | null
  completedAt: string | null
  cancelledAt: string | null
  history: StatusChange[]
}

/** platform: Page */
export interface Page<T> {
  items: T[]
  page: number
  size: number
  total: number
}

/** identity: Registered */
export interface Registered {
  id: string
  status: string
  codeSentTo: string
}
