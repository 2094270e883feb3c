import { describe, expect, it } from 'vitest'
import { pickLocale } from './locale'

describe('pickLocale', () => {
  it('keeps a saved choice', () => expect(pickLocale('zh-CN', ['en-US'])).toBe('zh-CN'))
  it('follows the browser when nothing is saved', () => {
    expect(pickLocale(null, ['zh-TW', 'en'])).toBe('zh-CN')
    expect(pickLocale(null, ['de-DE', 'en-GB'])).toBe('en')
  })
  it('falls back to English for languages it does not speak and for unknown saved values', () => {
    expect(pickLocale(null, ['fr'])).toBe('en')
    expect(pickLocale('xx', [])).toBe('en')
  })
})
