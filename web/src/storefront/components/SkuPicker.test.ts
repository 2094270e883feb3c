import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import type { SkuOffer } from '../api/types'
import type { Selection } from '../lib/sku'
import { mountPage } from '../test/mount'
import SkuPicker from './SkuPicker.vue'

const sku = (colour: string, size: string, stock: number): SkuOffer => ({
  id: `${colour}-${size}`, attributes: { colour, size }, priceMinor: 100, stock, available: stock > 0, image: null, memberPriceMinor: null,
})
const attributes = [{ name: 'colour', values: ['red', 'navy'] }, { name: 'size', values: ['S', 'M'] }]
const skus = [sku('red', 'S', 2), sku('red', 'M', 0), sku('navy', 'S', 1), sku('navy', 'M', 3)]

async function picker() {
  const selection = ref<Selection>({ colour: undefined, size: undefined })
  const Host = defineComponent(() => () => h(SkuPicker, { attributes, skus, modelValue: selection.value, 'onUpdate:modelValue': (v: Selection) => (selection.value = v) }))
  const { wrapper } = await mountPage(Host)
  const option = (attribute: string, value: string) => wrapper.find(`[data-attribute="${attribute}"][data-value="${value}"]`)
  return { wrapper, selection, option }
}

describe('SkuPicker', () => {
  it('disables the sizes the chosen colour has no stock of, and says why to screen readers', async () => {
    const { option, wrapper } = await picker()
    expect(option('size', 'M').attributes('disabled')).toBeUndefined()
    await option('colour', 'red').trigger('click')
    expect(option('colour', 'red').attributes('aria-pressed')).toBe('true')
    expect(option('size', 'M').attributes('disabled')).toBeDefined()
    expect(option('size', 'M').text()).toContain('sold out')
    expect(option('size', 'S').attributes('disabled')).toBeUndefined()
    expect(wrapper.findAll('legend')[0]?.text()).toContain('colour: red')
  })

  it('updates the selection and clears a value chosen again', async () => {
    const { option, selection } = await picker()
    await option('size', 'M').trigger('click')
    expect(selection.value).toEqual({ colour: undefined, size: 'M' })
    // With size M only navy has stock: red is greyed out.
    expect(option('colour', 'red').attributes('disabled')).toBeDefined()
    await option('colour', 'navy').trigger('click')
    expect(selection.value).toEqual({ colour: 'navy', size: 'M' })
    await option('size', 'M').trigger('click')
    expect(selection.value).toEqual({ colour: 'navy', size: undefined })
  })
})
