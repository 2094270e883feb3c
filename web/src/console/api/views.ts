/**
 * The console's names for the API's answers and requests. Every view is the generated type of schema.ts (regenerated
 * from the OpenAPI document), so an API change breaks `npm run build` where a page relies on it. Local here are only
 * what the document does not say: the value lists of fields it types as plain strings (statuses, kinds) and the term
 * kinds of the `{kind}` path.
 */
import type { components } from '../../shared/api/schema'

type Schemas = components['schemas']

/** A page of answers; the shape of every generated `Page…` schema, with the items of the view. */
export type Page<T> = Omit<Schemas['PageMerchantProductView'], 'items'> & { items: T[] }

// ---- catalog: products ----
/** `MerchantProductView.status` is a plain string in the document; these are the values the API writes (lower case). */
export const PRODUCT_STATUSES = ['draft', 'pending_review', 'approved', 'rejected'] as const
export type ProductStatus = (typeof PRODUCT_STATUSES)[number]

export type AttributeSpec = Schemas['AttributeSpec']
export type SkuView = Schemas['SkuView']
export type MerchantProduct = Schemas['MerchantProductView']
export type SkuInput = Schemas['SkuInput']
export type ProductDraft = Schemas['ProductDraft']
export type ImageView = Schemas['ImageView']
export type UploadTicket = Schemas['UploadTicket']

/** The `{kind}` of /api/merchant/{kind}: a plain string path parameter in the document. */
export const TERM_KINDS = ['brands', 'series', 'keywords', 'tags'] as const
export type TermKind = (typeof TERM_KINDS)[number]
export type Term = Schemas['TermView']

export type Category = Schemas['CategoryView']

// ---- catalog: imports ----
export const IMPORT_STATUSES = ['QUEUED', 'DISCOVERING', 'IMPORTING', 'COMPLETED', 'FAILED'] as const satisfies readonly Schemas['ImportJobStatus'][]
export type ImportStatus = Schemas['ImportJobStatus']
export const IMPORT_OUTCOMES = ['IMPORTED', 'UPDATED', 'UNCHANGED', 'SKIPPED', 'FAILED'] as const satisfies readonly Schemas['ImportOutcome'][]
export type ImportOutcome = Schemas['ImportOutcome']

export type ImportCounts = Schemas['ImportCounts']
export type ImportOptions = Schemas['ImportOptions']
export type ImportJob = Schemas['ImportJob']
export type ImportJobRequest = Schemas['ImportJobRequest']
export type ImportItem = Schemas['ImportItem']
/** `resolution` is a plain string in the document: `accepted`, `dismissed` or null. */
export type PriceAlert = Schemas['PriceAlertView']
export type PricePoint = Schemas['PricePoint']
export type SkuPriceHistory = Schemas['SkuPriceHistory']

// ---- orders ----
/** `status` of orders is a plain string in the document; these are the values the API writes. */
export const ORDER_STATUSES = ['AWAITING_PAYMENT', 'PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'REFUNDED'] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

export type OrderSummary = Schemas['OrderSummaryView']
export type OrderLine = Schemas['OrderLineView']
export type OrderHistory = Schemas['HistoryView']
export type Order = Schemas['OrderView']

// ---- admin: coupons ----
/** `CouponView.kind` is a plain string in the document; these are the values the API writes. */
export const COUPON_KINDS = ['FIXED', 'PERCENT'] as const
export type CouponKind = (typeof COUPON_KINDS)[number]
export type Coupon = Schemas['CouponView']
export type CouponInput = Schemas['CouponInput']
