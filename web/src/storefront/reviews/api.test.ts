import { describe, expect, it } from 'vitest'
import { histogramShares, PhotoUploadFailed, starText } from './api'

describe('review helpers', () => {
  it('write stars as filled and empty ones', () => {
    expect(starText(4)).toBe('★★★★☆')
    expect(starText(0)).toBe('☆☆☆☆☆')
    expect(starText(7)).toBe('★★★★★')
    expect(starText(4.6)).toBe('★★★★★')
  })

  it('give each star count its share of the reviews', () => {
    expect(histogramShares([0, 0, 1, 1, 2])).toEqual([0, 0, 25, 25, 50])
    expect(histogramShares([0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0])
  })

  it('say which status a failed upload had', () => {
    expect(new PhotoUploadFailed(403).status).toBe(403)
  })
})
