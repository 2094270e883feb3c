import { describe, expect, it } from 'vitest'
import { hasSignInMarker } from '../stores/account'
import { translateFieldMessage } from './fieldMessages'
import { safeRedirect } from './redirect'

describe('after sign-in', () => {
  it('goes back to a page of this shop only', () => {
    expect(safeRedirect({ redirect: '/cart' })).toBe('/cart')
    expect(safeRedirect({ redirect: '/search?q=tee&brand=1' })).toBe('/search?q=tee&brand=1')
    expect(safeRedirect({ redirect: 'https://evil.example/' })).toBe('/')
    expect(safeRedirect({ redirect: '//evil.example/' })).toBe('/')
    expect(safeRedirect({ redirect: '/login?redirect=/cart' })).toBe('/')
    expect(safeRedirect({})).toBe('/')
  })

  it('restores a session only when the API left its marker cookie', () => {
    expect(hasSignInMarker('a=1; bazaar_signed_in=1')).toBe(true)
    expect(hasSignInMarker('bazaar_signed_in=')).toBe(false)
    expect(hasSignInMarker('')).toBe(false)
  })

  it('says the common API field messages in Chinese and leaves others as they are', () => {
    expect(translateFieldMessage('is required', 'zh-CN')).toBe('必填')
    expect(translateFieldMessage('must be at least 8 characters', 'zh-CN')).toBe('至少 8 个字符')
    expect(translateFieldMessage('is required', 'en')).toBe('is required')
    expect(translateFieldMessage('something new', 'zh-CN')).toBe('something new')
  })
})
