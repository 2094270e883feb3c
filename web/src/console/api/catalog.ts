import { api, call } from '../../shared/api/client'
import type { ImageView, ProductDraft, ProductStatus, TermKind } from './views'

/** The merchant's products (permission `products`), optionally of one status. */
export function listProducts(query: { status?: ProductStatus; page?: number; size?: number }) {
  return call(api.GET('/api/merchant/products', { params: { query } }))
}

export function getProduct(id: string) {
  return call(api.GET('/api/merchant/products/{id}', { params: { path: { id } } }))
}

export function createProduct(draft: ProductDraft) {
  return call(api.POST('/api/merchant/products', { body: draft }))
}

export function updateProduct(id: string, draft: ProductDraft) {
  return call(api.PUT('/api/merchant/products/{id}', { params: { path: { id } }, body: draft }))
}

export function deleteProduct(id: string) {
  return call(api.DELETE('/api/merchant/products/{id}', { params: { path: { id } } }))
}

export function submitProduct(id: string) {
  return call(api.POST('/api/merchant/products/{id}/submit', { params: { path: { id } } }))
}

export function listProduct(id: string) {
  return call(api.POST('/api/merchant/products/{id}/list', { params: { path: { id } } }))
}

export function delistProduct(id: string) {
  return call(api.POST('/api/merchant/products/{id}/delist', { params: { path: { id } } }))
}

/** Price and/or stock of one SKU; never sends the product back to review. */
export function changeSku(id: string, skuId: string, change: { priceMinor?: number; stock?: number }) {
  return call(
    api.PATCH('/api/merchant/products/{id}/skus/{skuId}', { params: { path: { id, skuId } }, body: change }),
  )
}

// ---- images ----
export function listImages(id: string) {
  return call(api.GET('/api/merchant/products/{id}/images', { params: { path: { id } } }))
}

export function startUpload(id: string, contentType: string, sizeBytes: number) {
  return call(
    api.POST('/api/merchant/products/{id}/images/uploads', { params: { path: { id } }, body: { contentType, sizeBytes } }),
  )
}

export function confirmImage(id: string, imageId: string) {
  return call(
    api.POST('/api/merchant/products/{id}/images/{imageId}/confirm', { params: { path: { id, imageId } } }),
  )
}

export function reorderImages(id: string, imageIds: string[]) {
  return call(api.PUT('/api/merchant/products/{id}/images/order', { params: { path: { id } }, body: { imageIds } }))
}

export function deleteImage(id: string, imageId: string) {
  return call(api.DELETE('/api/merchant/products/{id}/images/{imageId}', { params: { path: { id, imageId } } }))
}

/** Thrown when the presigned PUT to the object store fails (network, CORS or a refused signature). */
export class UploadFailed extends Error {
  constructor(readonly status: number, detail: string) {
    super(detail)
    this.name = 'UploadFailed'
  }
}

/**
 * Uploads one file the way the API wants: a presigned URL first, the bytes PUT straight to the object store (never
 * through the API), then the confirmation that checks the object and attaches it as the product's last image.
 */
export async function uploadImage(productId: string, file: File, put: typeof fetch = fetch): Promise<ImageView> {
  const ticket = await startUpload(productId, file.type, file.size)
  let response: Response
  try {
    response = await put(ticket.uploadUrl, { method: ticket.method || 'PUT', headers: ticket.headers, body: file })
  } catch (e) {
    throw new UploadFailed(0, `${new URL(ticket.uploadUrl).origin}: ${String(e)}`)
  }
  if (!response.ok) throw new UploadFailed(response.status, await response.text().catch(() => ''))
  return confirmImage(productId, ticket.imageId)
}

// ---- brands, series, keywords, tags ----
export function listTerms(kind: TermKind) {
  return call(api.GET('/api/merchant/{kind}', { params: { path: { kind } } }))
}

export function addTerm(kind: TermKind, name: string) {
  return call(api.POST('/api/merchant/{kind}', { params: { path: { kind } }, body: { name } }))
}

// ---- categories ----
export function categoryTree() {
  return call(api.GET('/api/catalog/categories'))
}

export function addCategory(name: string, parentId: number | null) {
  return call(api.POST('/api/admin/categories', { body: { name, parentId: parentId ?? undefined } }))
}

// ---- moderation (platform admins) ----
export function pendingProducts(query: { page?: number; size?: number }) {
  return call(api.GET('/api/admin/products/pending', { params: { query } }))
}

export function approveProduct(id: string) {
  return call(api.POST('/api/admin/products/{id}/approve', { params: { path: { id } } }))
}

export function rejectProduct(id: string, reason: string) {
  return call(api.POST('/api/admin/products/{id}/reject', { params: { path: { id } }, body: { reason } }))
}
