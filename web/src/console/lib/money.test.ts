import { describe, expect, it } from 'vitest'
import { currencyDigits, inputToMinor, minorToInput, safeFormatMoney } from './money'

describe('price input in major units, sent as minor units', () => {
  it('knows the minor unit of each currency', () => {
    expect(currencyDigits('CNY')).toBe(2)
    expect(currencyDigits('JPY')).toBe(0)
    expect(currencyDigits('BHD')).toBe(3)
  })

  it('shows minor units as major units to edit', () => {
    expect(minorToInput(6800, 'CNY')).toBe('68.00')
    expect(minorToInput(5, 'USD')).toBe('0.05')
    expect(minorToInput(500, 'JPY')).toBe('500')
    expect(minorToInput(1234, 'BHD')).toBe('1.234')
    expect(minorToInput(null, 'CNY')).toBe('')
  })

  it('reads what a person types', () => {
    expect(inputToMinor('12.5', 'CNY')).toBe(1250)
    expect(inputToMinor('12,50', 'EUR')).toBe(1250)
    expect(inputToMinor(' 3 ', 'USD')).toBe(300)
    expect(inputToMinor('500', 'JPY')).toBe(500)
    expect(inputToMinor('0.001', 'CNY')).toBeUndefined()
    expect(inputToMinor('5.5', 'JPY')).toBeUndefined()
    expect(inputToMinor('abc', 'CNY')).toBeUndefined()
    expect(inputToMinor('-1', 'CNY')).toBeUndefined()
    expect(inputToMinor('', 'CNY')).toBeUndefined()
  })

  it('round-trips', () => {
    for (const minor of [1, 99, 100, 123456, 100000000]) expect(inputToMinor(minorToInput(minor, 'USD'), 'USD')).toBe(minor)
  })

  it('formats a currency Intl does not know without throwing', () => {
    expect(safeFormatMoney(1250, 'CNY', 'en')).toContain('12.50')
    expect(safeFormatMoney(1250, 'XX', 'en')).toBe('12.50 XX')
    expect(safeFormatMoney(null, 'CNY', 'en')).toBe('—')
  })
})
