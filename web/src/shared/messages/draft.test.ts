import { describe, expect, it, vi } from 'vitest'
import { ImageUploadFailed, MAX_BODY, draftProblem, imageProblem, subjectOf, uploadImage } from './draft'

describe('message drafts', () => {
  it('refuses blank and too long texts and too many images', () => {
    expect(draftProblem('   ', 0)).toBe('empty')
    expect(draftProblem('x'.repeat(MAX_BODY + 1), 0)).toBe('tooLong')
    expect(draftProblem('x'.repeat(MAX_BODY), 0)).toBeUndefined()
    expect(draftProblem('hello', 5)).toBe('tooManyImages')
    expect(draftProblem('<script>alert(1)</script>', 4)).toBeUndefined()
  })

  it('takes JPEG, PNG and WEBP up to 5 MiB only', () => {
    expect(imageProblem({ type: 'image/png', size: 10 })).toBeUndefined()
    expect(imageProblem({ type: 'image/webp', size: 5 * 1024 * 1024 })).toBeUndefined()
    expect(imageProblem({ type: 'image/gif', size: 10 })).toBe('type')
    expect(imageProblem({ type: 'image/jpeg', size: 5 * 1024 * 1024 + 1 })).toBe('size')
  })

  it('reads the subject of a new thread from the query, a product before an order', () => {
    expect(subjectOf({ merchantId: 'm', productId: 'p', orderNumber: 'o' })).toEqual({ merchantId: 'm', productId: 'p', orderNumber: undefined })
    expect(subjectOf({ merchantId: 'm', orderNumber: ' 2612 ' })).toEqual({ merchantId: 'm', productId: undefined, orderNumber: '2612' })
    expect(subjectOf({ merchantId: ['m'] })).toEqual({ merchantId: undefined, productId: undefined, orderNumber: undefined })
  })

  it('puts the bytes where the ticket says, with its headers, and answers the image id', async () => {
    const file = new File([new Uint8Array([1, 2, 3])], 'a.png', { type: 'image/png' })
    const ticket = vi.fn().mockResolvedValue({ imageId: 'img-1', uploadUrl: 'https://s3.test/put', method: 'PUT', headers: { 'Content-Type': 'image/png' } })
    const put = vi.fn().mockResolvedValue(new Response(null, { status: 200 }))
    await expect(uploadImage(file, ticket, put)).resolves.toBe('img-1')
    expect(ticket).toHaveBeenCalledWith('image/png', 3)
    expect(put).toHaveBeenCalledWith('https://s3.test/put', { method: 'PUT', headers: { 'Content-Type': 'image/png' }, body: file })
    put.mockResolvedValue(new Response(null, { status: 403 }))
    await expect(uploadImage(file, ticket, put)).rejects.toBeInstanceOf(ImageUploadFailed)
  })
})
