import { describe, expect, it } from 'vitest'
import { formatMoney, parseMoney } from './money'

describe('money', () => {
  it('formats minor units with the currency digits', () => {
    expect(formatMoney(129900, 'CNY', 'zh-CN')).toBe('¥1,299.00')
    expect(formatMoney(1999, 'USD', 'en')).toBe('$19.99')
    expect(formatMoney(500, 'JPY', 'en')).toBe('¥500')
  })

  it('parses typed amounts into minor units and refuses what is not an amount', () => {
    expect(parseMoney('12.5', 'CNY')).toBe(1250)
    expect(parseMoney('12,50', 'EUR')).toBe(1250)
    expect(parseMoney('7', 'JPY')).toBe(7)
    expect(parseMoney('1.234', 'USD')).toBeUndefined()
    expect(parseMoney('-3', 'USD')).toBeUndefined()
    expect(parseMoney('abc', 'USD')).toBeUndefined()
  })
})
