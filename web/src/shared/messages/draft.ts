/**
 * Customer messages, shared by the storefront's member centre and the console: the rules of a message draft as the API applies them (members' bazaar.members.messages: 2000 characters, 4 images
 * of JPEG, PNG or WEBP up to 5 MiB), checked before anything is sent so the composer can say what is wrong at once.
 * The text is sent as typed: it is shown as text everywhere, never as HTML.
 */
export const MAX_BODY = 2000
export const MAX_IMAGES = 4
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp']

export type DraftProblem = 'empty' | 'tooLong' | 'tooManyImages'

export function draftProblem(body: string, images: number): DraftProblem | undefined {
  if (body.trim().length === 0) return 'empty'
  if (body.length > MAX_BODY) return 'tooLong'
  if (images > MAX_IMAGES) return 'tooManyImages'
  return undefined
}

export type ImageProblem = 'type' | 'size'

export function imageProblem(file: { type: string; size: number }): ImageProblem | undefined {
  if (!IMAGE_TYPES.includes(file.type)) return 'type'
  if (file.size > MAX_IMAGE_BYTES) return 'size'
  return undefined
}

/** What a new thread is about, from the query of /account/messages/new (a product or an order, never both). */
export function subjectOf(query: Record<string, unknown>): { merchantId?: string; productId?: string; orderNumber?: string } {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined)
  const productId = text(query.productId)
  return { merchantId: text(query.merchantId), productId, orderNumber: productId ? undefined : text(query.orderNumber) }
}

/** Where and how to PUT one image: the members area's upload ticket (the shopper's or the staff's endpoint). */
export interface ImageTicket {
  imageId: string
  uploadUrl: string
  method: string
  headers: Record<string, string>
}

/** The bytes of an image could not be stored (the object store refused the upload). */
export class ImageUploadFailed extends Error {
  constructor(readonly status: number) {
    super(`upload refused (${status})`)
    this.name = 'ImageUploadFailed'
  }
}

/** A ticket from the API, then the bytes PUT straight to the object store; answers the image's id. */
export async function uploadImage(
  file: File,
  ticket: (contentType: string, sizeBytes: number) => Promise<ImageTicket>,
  put: typeof fetch = fetch,
): Promise<string> {
  const t = await ticket(file.type, file.size)
  const response = await put(t.uploadUrl, { method: t.method || 'PUT', headers: t.headers, body: file })
  if (!response.ok) throw new ImageUploadFailed(response.status)
  return t.imageId
}
