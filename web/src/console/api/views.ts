/**
 * The console's view of the API's answers, with the field names the Java resources really use. The generated
 * schema.ts marks most fields optional and some answers untyped; these types are what the pages rely on, and the one
 * cast from the generated types happens in `got` below, so a regenerated schema.ts changes nothing else here.
 */
import { call } from '../../shared/api/client'

export interface Page<T> {
  items: T[]
  page: number
  size: number
  total: number
}

/** Unwraps an API answer as the console's view type (the only cast from the generated types). */
export function got<T>(request: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<T> {
  return call(request) as Promise<T>
}

// ---- catalog: products ----
export const PRODUCT_STATUSES = ['draft', 'pending_review', 'approved', 'rejected'] as const
export type ProductStatus = (typeof PRODUCT_STATUSES)[number]

export interface AttributeSpec {
  name: string
  values: string[]
}

export interface SkuView {
  id: string
  attributes: Record<string, string>
  code: string | null
  priceMinor: number
  stock: number
  imageId: string | null
}

export interface MerchantProduct {
  id: string
  name: string
  slug: string
  categoryId: number
  brandId: number | null
  seriesId: number | null
  keywordIds: number[]
  tagIds: number[]
  description: string
  parameters: string
  packaging: string
  afterSales: string
  currency: string
  attributes: AttributeSpec[]
  skus: SkuView[]
  status: ProductStatus
  listed: boolean
  visibleToShoppers: boolean
  rejectionReason: string | null
  free: boolean
  minPriceMinor: number | null
  maxPriceMinor: number | null
  totalStock: number
  createdAt: string
  updatedAt: string
  submittedAt: string | null
  reviewedAt: string | null
  listedAt: string | null
}

export interface SkuInput {
  attributes: Record<string, string>
  code?: string | null
  priceMinor: number | null
  stock: number | null
  imageId?: string | null
}

export interface ProductDraft {
  name: string
  categoryId: number | null
  brandId?: number | null
  seriesId?: number | null
  keywordIds: number[]
  tagIds: number[]
  description: string
  parameters: string
  packaging: string
  afterSales: string
  currency: string
  attributes: AttributeSpec[]
  skus: SkuInput[]
  free: boolean
}

export interface ImageView {
  id: string
  url: string
  contentType: string
  sizeBytes: number | null
  width: number | null
  height: number | null
  position: number
}

export interface UploadTicket {
  imageId: string
  uploadUrl: string
  method: string
  headers: Record<string, string>
  expiresAt: string
}

export const TERM_KINDS = ['brands', 'series', 'keywords', 'tags'] as const
export type TermKind = (typeof TERM_KINDS)[number]
export interface Term {
  id: number
  name: string
}

export interface Category {
  id: number
  name: string
  slug: string
  children: Category[]
}

// ---- catalog: imports ----
export const IMPORT_STATUSES = ['QUEUED', 'DISCOVERING', 'IMPORTING', 'COMPLETED', 'FAILED'] as const
export type ImportStatus = (typeof IMPORT_STATUSES)[number]
export const IMPORT_OUTCOMES = ['IMPORTED', 'UPDATED', 'UNCHANGED', 'SKIPPED', 'FAILED'] as const
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number]

export interface ImportCounts {
  discovered: number
  processed: number
  imported: number
  updated: number
  unchanged: number
  skipped: number
  failed: number
}

export interface ImportOptions {
  defaultCategoryId: number | null
  categoryMapping?: Record<string, number> | null
  submitForReview?: boolean | null
  markupPercent?: number | null
  stockWhenInStock?: number | null
  maxProducts?: number | null
}

export interface ImportJob {
  id: string
  merchantId: string
  host: string
  status: ImportStatus
  startUrl: string | null
  sitemapUrl: string | null
  urlCount: number
  options: ImportOptions
  counts: ImportCounts
  problems: string[]
  createdAt: string
  startedAt: string | null
  finishedAt: string | null
}

export interface ImportJobRequest {
  startUrl?: string
  sitemapUrl?: string
  urls?: string[]
  options: ImportOptions
}

export interface ImportItem {
  index: number
  url: string
  outcome: ImportOutcome
  reason: string | null
  productId: string | null
  name: string | null
  at: string
}

export interface PriceAlert {
  id: string
  productId: string
  skuId: string
  oldPriceMinor: number
  newPriceMinor: number
  currency: string
  detectedAt: string
  resolution: 'accepted' | 'dismissed' | null
}

export interface PricePoint {
  at: string
  priceMinor: number
  currency: string
  available: boolean
}

export interface SkuPriceHistory {
  skuId: string
  attributes: Record<string, string>
  code: string | null
  points: PricePoint[]
}

// ---- orders ----
export const ORDER_STATUSES = ['AWAITING_PAYMENT', 'PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'REFUNDED'] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

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

export interface OrderLine {
  skuId: string
  productId: string
  productName: string
  attributes: Record<string, string> | null
  unitPriceMinor: number
  quantity: number
  lineTotalMinor: number
}

export interface OrderHistory {
  from: string | null
  to: string
  at: string
  by: string | null
  note: string | null
}

export interface Order extends OrderSummary {
  checkoutId: string
  lines: OrderLine[]
  shipTo: Record<string, unknown> | null
  paymentMethod: string | null
  carrier: string | null
  trackingNumber: string | null
  paidAt: string | null
  shippedAt: string | null
  deliveredAt: string | null
  completedAt: string | null
  cancelledAt: string | null
  history: OrderHistory[]
}

// ---- admin: coupons ----
export interface Coupon {
  id: string
  code: string
  merchantId: string | null
  kind: 'FIXED' | 'PERCENT'
  amountMinor: number | null
  currency: string | null
  percent: number | null
  minSpendMinor: number
  validFrom: string
  validUntil: string
  oncePerCustomer: boolean
  totalUses: number | null
  usedCount: number
}

export interface CouponInput {
  code: string
  merchantId?: string | null
  amountMinor?: number | null
  currency?: string | null
  percent?: number | null
  minSpendMinor?: number | null
  validFrom: string
  validUntil: string
  oncePerCustomer: boolean
  totalUses?: number | null
}
