import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiProblem } from '../../shared/api/problem'
import * as catalog from '../api/catalog'
import type { MerchantProduct, ProductDraft } from '../api/views'
import { mountPage } from '../test/mountPage'
import ProductEditorPage from './ProductEditorPage.vue'

vi.mock('../api/catalog', () => ({
  categoryTree: vi.fn(async () => [{ id: 5, name: 'Clothing', slug: 'clothing', children: [{ id: 6, name: 'T-shirts', slug: 't-shirts', children: [] }] }]),
  listTerms: vi.fn(async () => []),
  addTerm: vi.fn(),
  createProduct: vi.fn(),
  updateProduct: vi.fn(),
  getProduct: vi.fn(),
  listImages: vi.fn(async () => []),
  submitProduct: vi.fn(),
  listProduct: vi.fn(),
  delistProduct: vi.fn(),
  deleteProduct: vi.fn(),
  changeSku: vi.fn(),
}))

const routes = [{ path: '/products/new', name: 'product-new' }, { path: '/products/:id', name: 'product-edit' }] as never

async function fill(w: VueWrapper, testid: string, value: string, index = 0, event: 'input' | 'change' = 'input') {
  const el = w.findAll(`[data-testid="${testid}"]`)[index]!
  await el.setValue(value)
  if (event === 'change') await el.trigger('change')
}

async function addAttribute(w: VueWrapper, index: number, name: string, values: string) {
  await w.find('[data-testid="attribute-add"]').trigger('click')
  await fill(w, 'attribute-name', name, index, 'change')
  await fill(w, 'attribute-value-input', values, index)
  await w.findAll('[data-testid="attribute-value-add"]')[index]!.trigger('click')
}

/** A product draft of two colours and two sizes with its prices typed. */
async function writeDraft(w: VueWrapper, prices: string[]) {
  await fill(w, 'product-name-input', 'Linen shirt 亚麻衬衫')
  await w.find('[data-testid="product-category"]').setValue('6')
  await addAttribute(w, 0, 'Colour', 'White, Navy')
  await addAttribute(w, 1, 'Size', 'M, L')
  for (const [i, price] of prices.entries()) await fill(w, 'sku-price', price, i)
}

function errorOfRow(w: VueWrapper, row: number) {
  return w.findAll('[data-testid="sku-row"]')[row]!.findAll('.field__error').map((e) => e.text())
}

describe('product editor', () => {
  beforeEach(() => vi.clearAllMocks())
  afterEach(() => document.body.replaceChildren())

  it('sends prices typed in major units as minor units, with one SKU per combination', async () => {
    vi.mocked(catalog.createProduct).mockImplementation(async (draft: ProductDraft) => ({
      ...draft, id: '00000000-0000-4000-8000-000000000001', status: 'draft', skus: draft.skus.map((s, i) => ({ ...s, id: `sku-${i}`, code: null, imageId: null, memberPriceMinor: null })),
      keywordIds: [], tagIds: [], listed: false, visibleToShoppers: false, rejectionReason: null,
    }) as unknown as MerchantProduct)
    const { wrapper } = await mountPage(ProductEditorPage, '/products/new', routes)
    await writeDraft(wrapper, ['12.5', '12.50', '13', '0.99'])
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    const draft = vi.mocked(catalog.createProduct).mock.calls[0]![0]
    expect(draft.name).toBe('Linen shirt 亚麻衬衫')
    expect(draft.categoryId).toBe(6)
    expect(draft.attributes).toEqual([{ name: 'Colour', values: ['White', 'Navy'] }, { name: 'Size', values: ['M', 'L'] }])
    expect(draft.skus.map((s) => [s.attributes, s.priceMinor])).toEqual([
      [{ Colour: 'White', Size: 'M' }, 1250], [{ Colour: 'White', Size: 'L' }, 1250], [{ Colour: 'Navy', Size: 'M' }, 1300], [{ Colour: 'Navy', Size: 'L' }, 99],
    ])
    expect(draft.skus.every((s) => s.stock === 0)).toBe(true)
    expect(wrapper.find('[data-testid="notice"]').exists()).toBe(true)
  })

  it('shows the API’s field errors next to their fields: skus[2].priceMinor at the third SKU only', async () => {
    vi.mocked(catalog.createProduct).mockRejectedValue(new ApiProblem({
      type: 'https://bazaar.dev/problems/validation', title: 'Invalid input', status: 400, detail: 'One or more fields are invalid.',
      errors: [
        { field: 'skus[2].priceMinor', message: 'must be positive; a product given away is marked free' },
        { field: 'attributes[1].values', message: "repeats the value 'M'" },
        { field: 'name', message: 'must be at most 200 characters' },
        { field: 'somethingNew', message: 'the editor has no field for this' },
      ],
    }))
    const { wrapper, router } = await mountPage(ProductEditorPage, '/products/new', routes)
    await writeDraft(wrapper, ['10', '10', '0', '10'])
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(errorOfRow(wrapper, 2)).toEqual(['must be positive; a product given away is marked free'])
    expect(errorOfRow(wrapper, 0)).toEqual([])
    expect(errorOfRow(wrapper, 3)).toEqual([])
    const name = wrapper.find('[data-testid="product-name-input"]').element.closest('.field')!
    expect(name.textContent).toContain('must be at most 200 characters')
    expect(wrapper.findAll('[data-testid="attribute"]')[1]!.text()).toContain("repeats the value 'M'")
    expect(wrapper.find('[data-testid="unplaced-errors"]').text()).toContain('somethingNew')
    expect(router.currentRoute.value.name).toBe('product-new')
  })

  it('does not send a price it cannot read, and says so at that SKU', async () => {
    const { wrapper } = await mountPage(ProductEditorPage, '/products/new', routes)
    await writeDraft(wrapper, ['10', '12,5', 'twelve', '10.001'])
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(catalog.createProduct).not.toHaveBeenCalled()
    expect(errorOfRow(wrapper, 0)).toEqual([])
    expect(errorOfRow(wrapper, 1)).toEqual([])
    expect(errorOfRow(wrapper, 2)).toEqual(['Enter an amount such as 12.50.'])
    expect(errorOfRow(wrapper, 3)).toEqual(['Enter an amount such as 12.50.'])
  })

  it('keeps the prices of a saved product when a value is added, and sets stock of a saved SKU on its own', async () => {
    const saved = {
      id: 'p1', name: 'Mug', slug: 'mug', categoryId: 6, brandId: null, seriesId: null, keywordIds: [], tagIds: [], description: '<p>Big</p>',
      parameters: '', packaging: '', afterSales: '', currency: 'CNY', attributes: [{ name: 'Colour', values: ['Red'] }],
      skus: [{ id: 's1', attributes: { Colour: 'Red' }, code: 'R', priceMinor: 2590, stock: 4, imageId: null, memberPriceMinor: null }],
      status: 'approved', listed: true, visibleToShoppers: true, rejectionReason: null, free: false, minPriceMinor: 2590, maxPriceMinor: 2590,
      totalStock: 4, createdAt: '', updatedAt: '', submittedAt: null, reviewedAt: null, listedAt: null,
    } as MerchantProduct
    vi.mocked(catalog.getProduct).mockResolvedValue(saved)
    vi.mocked(catalog.changeSku).mockResolvedValue({ ...saved, skus: [{ ...saved.skus[0]!, stock: 9 }] })
    const { wrapper } = await mountPage(ProductEditorPage, '/products/p1', routes)
    expect((wrapper.find('[data-testid="sku-price"]').element as HTMLInputElement).value).toBe('25.90')

    await fill(wrapper, 'attribute-value-input', 'Blue')
    await wrapper.find('[data-testid="attribute-value-add"]').trigger('click')
    const prices = wrapper.findAll('[data-testid="sku-price"]').map((e) => (e.element as HTMLInputElement).value)
    expect(prices).toEqual(['25.90', ''])

    await fill(wrapper, 'sku-stock', '9', 0)
    await wrapper.find('[data-testid="sku-stock-set"]').trigger('click')
    await flushPromises()
    expect(catalog.changeSku).toHaveBeenCalledWith('p1', 's1', { stock: 9 })
    expect(wrapper.find('[data-testid="notice"]').text()).toContain('9')
  })
})

describe('product editor price for all', () => {
  afterEach(() => document.body.replaceChildren())

  it('types one price into every SKU that is sold', async () => {
    const { wrapper } = await mountPage(ProductEditorPage, '/products/new', routes)
    await writeDraft(wrapper, ['', '', '', ''])
    await wrapper.findAll('[data-testid="sku-sell"]')[1]!.setValue(false)
    await fill(wrapper, 'sku-price-all', '8.80')
    await wrapper.find('[data-testid="sku-price-all-apply"]').trigger('click')
    const prices = wrapper.findAll('[data-testid="sku-row"]').map((r) => {
      const input = r.find('[data-testid="sku-price"]')
      return input.exists() ? (input.element as HTMLInputElement).value : null
    })
    expect(prices).toEqual(['8.80', null, '8.80', '8.80'])
  })
})
