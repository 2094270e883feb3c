import { api, call } from '../../shared/api/client'
import type { components } from '../../shared/api/schema'

type Schemas = components['schemas']

export type Review = Schemas['ReviewView']
export type ManagedReview = Schemas['ManagedReviewView']
export type ToReview = Schemas['ToReviewView']
export type ReviewPhoto = Schemas['ReviewImageView']
export type ReviewInput = Schemas['ReviewInput']
export type ReviewContent = Schemas['ReviewContent']

/** Sorts of a product's review list, as the API names them. */
export const REVIEW_SORTS = ['newest', 'helpful'] as const
export type ReviewSort = (typeof REVIEW_SORTS)[number]
/** The states a review is in; the document types them as a plain string. */
export const REVIEW_STATUSES = ['PUBLISHED', 'PENDING', 'REJECTED'] as const
/** Photos a review may have. */
export const MAX_PHOTOS = 6

export interface ReviewListQuery {
  sort: ReviewSort
  stars?: number
  photos?: boolean
  page: number
  size: number
}

export const reviewsApi = {
  ofProduct: (productId: string, q: ReviewListQuery) =>
    call(api.GET('/api/reviews/products/{productId}', {
      params: {
        path: { productId },
        query: { sort: q.sort, stars: q.stars ? String(q.stars) : undefined, photos: q.photos ? 'true' : undefined, page: q.page, size: q.size },
      },
    })),
  helpful: (id: string) => call(api.POST('/api/reviews/{id}/helpful', { params: { path: { id } } })),
  mine: (page: number, size = 20) => call(api.GET('/api/me/reviews', { params: { query: { page, size } } })),
  toReview: (page: number, size = 20) => call(api.GET('/api/me/reviews/pending', { params: { query: { page, size } } })),
  one: (id: string) => call(api.GET('/api/me/reviews/{id}', { params: { path: { id } } })),
  create: (body: ReviewInput) => call(api.POST('/api/me/reviews', { body })),
  edit: (id: string, body: ReviewContent) => call(api.PUT('/api/me/reviews/{id}', { params: { path: { id } }, body })),
  remove: (id: string) => call(api.DELETE('/api/me/reviews/{id}', { params: { path: { id } } })),
}

/** Thrown when the presigned PUT to the object store fails. */
export class PhotoUploadFailed extends Error {
  constructor(readonly status: number) {
    super(`upload failed with ${status}`)
    this.name = 'PhotoUploadFailed'
  }
}

/** One photo: an upload URL first, the bytes PUT straight to the object store, then the check; answers the photo. */
export async function uploadPhoto(file: File, put: typeof fetch = fetch): Promise<ReviewPhoto> {
  const ticket = await call(api.POST('/api/me/reviews/images/uploads', { body: { contentType: file.type, sizeBytes: file.size } }))
  let response: Response
  try {
    response = await put(ticket.uploadUrl, { method: ticket.method || 'PUT', headers: ticket.headers, body: file })
  } catch {
    throw new PhotoUploadFailed(0)
  }
  if (!response.ok) throw new PhotoUploadFailed(response.status)
  return call(api.POST('/api/me/reviews/images/{imageId}/confirm', { params: { path: { imageId: ticket.imageId } } }))
}

/** "★★★★☆" for 4 stars. */
export function starText(stars: number): string {
  const n = Math.max(0, Math.min(5, Math.round(stars)))
  return '★'.repeat(n) + '☆'.repeat(5 - n)
}

/** Each star count's share of all reviews, in percent (0 without reviews), for the histogram bars. */
export function histogramShares(histogram: readonly number[]): number[] {
  const total = histogram.reduce((a, b) => a + b, 0)
  return histogram.map((n) => (total === 0 ? 0 : Math.round((n / total) * 100)))
}
