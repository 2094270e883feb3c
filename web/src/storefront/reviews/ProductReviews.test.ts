import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Review } from './api'
import { mountPage } from '../test/mount'

const reviews = vi.hoisted(() => ({ ofProduct: vi.fn(), helpful: vi.fn() }))
vi.mock('./api', async (original) => ({ ...(await original<typeof import('./api')>()), reviewsApi: reviews }))
const { default: ProductReviews } = await import('./ProductReviews.vue')

const review = (over: Partial<Review>): Review => ({
  id: 'r1', productId: 'p1', productName: 'Tea', stars: 4, title: 'Nice', text: 'Smooth.', authorName: 'Li L.',
  authorErased: false, skuAttributes: {}, images: [], helpfulCount: 0, reply: null,
  createdAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T10:00:00Z', ...over,
})

describe('ProductReviews', () => {
  beforeEach(() => Object.values(reviews).forEach((f) => f.mockReset()))

  it("names a deleted account's review in the reader's language, everyone else by their name", async () => {
    reviews.ofProduct.mockResolvedValue({
      items: [review({ id: 'r1', authorName: null, authorErased: true }), review({ id: 'r2' })], page: 0, size: 10, total: 2,
    })
    const props = { productId: 'p1', ratingCount: 2, ratingAverage: 4, ratingHistogram: [0, 0, 0, 2, 0] }
    const { wrapper } = await mountPage(ProductReviews, { props })
    await flushPromises()
    expect(wrapper.findAll('[data-testid="review-author"]').map((a) => a.text())).toEqual(['Deleted account', 'Li L.'])

    const zh = await mountPage(ProductReviews, { props })
    ;(zh.wrapper.vm.$i18n as unknown as { locale: string }).locale = 'zh-CN'
    await flushPromises()
    expect(zh.wrapper.findAll('[data-testid="review-author"]').map((a) => a.text())).toEqual(['已注销用户', 'Li L.'])
  })
})
