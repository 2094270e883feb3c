import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { parseMoney } from '../../shared/ui/money'
import type { SearchParams } from '../api/catalog'

export const SORTS = ['relevance', 'newest', 'sales', 'popularity', 'price_asc', 'price_desc', 'rating'] as const
export type Sort = (typeof SORTS)[number]

/**
 * The search as the page and its URL hold it. Prices are what the shopper typed, in major units ("99.50"); the API
 * takes whole minor units (SearchParams.java: priceMin/priceMax "a whole number of minor units"), converted in
 * {@link toApiParams} with the shop's currency.
 */
export interface SearchFilters {
  q: string
  category?: string
  tag: string[]
  brand: string[]
  priceMin: string
  priceMax: string
  inStock: boolean
  /** Products rated at least this many stars on average ('1'..'4'); empty: any. */
  minRating: string
  /** Empty: the API's default (relevance with a text, newest without). */
  sort: Sort | ''
}

export function emptyFilters(): SearchFilters {
  return { q: '', tag: [], brand: [], priceMin: '', priceMax: '', inStock: false, minRating: '', sort: '' }
}

function first(value: LocationQuery[string] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v : ''
}

function all(value: LocationQuery[string] | undefined): string[] {
  const list = Array.isArray(value) ? value : value == null ? [] : [value]
  return list.filter((v): v is string => typeof v === 'string')
}

const isId = (v: string) => /^[1-9]\d{0,17}$/.test(v)
const isAmount = (v: string) => /^\d+([.,]\d+)?$/.test(v)
/** The minimum ratings a shopper can pick (the API takes 1 to 5). */
export const MIN_RATINGS = ['4', '3', '2'] as const

/** Reads the filters from the URL, dropping what could only be a 400 (unknown sort, ids that are not ids). */
export function fromQuery(query: LocationQuery): SearchFilters {
  const sort = first(query.sort)
  const category = first(query.category)
  const priceMin = first(query.priceMin).trim()
  const priceMax = first(query.priceMax).trim()
  return {
    q: first(query.q).trim(),
    category: isId(category) ? category : undefined,
    tag: [...new Set(all(query.tag).filter(isId))],
    brand: [...new Set(all(query.brand).filter(isId))],
    priceMin: isAmount(priceMin) ? priceMin : '',
    priceMax: isAmount(priceMax) ? priceMax : '',
    inStock: first(query.inStock) === 'true',
    minRating: /^[1-5]$/.test(first(query.minRating)) ? first(query.minRating) : '',
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as Sort) : '',
  }
}

/** The URL query for the filters: only what is set, so a plain search reads /search?q=tee. */
export function toQuery(filters: SearchFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (filters.q.trim()) query.q = filters.q.trim()
  if (filters.category) query.category = filters.category
  if (filters.tag.length) query.tag = [...filters.tag]
  if (filters.brand.length) query.brand = [...filters.brand]
  if (filters.priceMin.trim()) query.priceMin = filters.priceMin.trim()
  if (filters.priceMax.trim()) query.priceMax = filters.priceMax.trim()
  if (filters.inStock) query.inStock = 'true'
  if (filters.minRating) query.minRating = filters.minRating
  if (filters.sort) query.sort = filters.sort
  return query
}

/** Whether two URL queries name the same search (order of repeated values aside). */
export function sameSearch(a: SearchFilters, b: SearchFilters): boolean {
  const norm = (f: SearchFilters) => JSON.stringify({ ...toQuery(f), tag: [...f.tag].sort(), brand: [...f.brand].sort() })
  return norm(a) === norm(b)
}

/**
 * The API's query for one page of the search. Typed prices become minor units of `currency` and the currency is sent
 * with them, since minor units of different currencies do not compare. A price that is not an amount is left out
 * (the page shows it as a field error).
 */
export function toApiParams(filters: SearchFilters, currency: string, page: number, size: number): SearchParams {
  const params: SearchParams = { page, size }
  if (filters.q.trim()) params.q = filters.q.trim()
  if (filters.category) params.category = filters.category
  if (filters.tag.length) params.tag = [...filters.tag]
  if (filters.brand.length) params.brand = [...filters.brand]
  const min = filters.priceMin.trim() ? parseMoney(filters.priceMin, currency) : undefined
  const max = filters.priceMax.trim() ? parseMoney(filters.priceMax, currency) : undefined
  if (min !== undefined) params.priceMin = String(min)
  if (max !== undefined) params.priceMax = String(max)
  if (min !== undefined || max !== undefined) params.currency = currency
  if (filters.inStock) params.inStock = 'true'
  if (filters.minRating) params.minRating = filters.minRating
  if (filters.sort) params.sort = filters.sort
  return params
}

/** Minor units as the major-unit text a price field holds (9900 CNY → "99"; 9950 → "99.5"). */
export function minorToMajorText(minor: number, currency: string): string {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  return String(minor / 10 ** digits)
}

/** The filters a price bucket [fromMinor, toMinor) stands for: toMinor is exclusive, the API's priceMax inclusive. */
export function bucketFilter(bucket: { fromMinor: number; toMinor: number }, currency: string): { priceMin: string; priceMax: string } {
  return { priceMin: minorToMajorText(bucket.fromMinor, currency), priceMax: minorToMajorText(bucket.toMinor - 1, currency) }
}
