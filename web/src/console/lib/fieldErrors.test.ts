import { describe, expect, it } from 'vitest'
import { ApiProblem } from '../../shared/api/problem'
import { errorAt, fieldErrorMap, PRODUCT_FIELDS, unplacedErrors } from './fieldErrors'

const problem = new ApiProblem({
  type: 'https://bazaar.dev/problems/validation', title: 'Invalid input', status: 400,
  errors: [
    { field: 'name', message: 'is required' },
    { field: 'skus[1].priceMinor', message: 'must not be negative' },
    { field: 'skus[1].priceMinor', message: 'is too large' },
    { field: 'attributes[0].values[2]', message: 'must not be blank' },
    { field: 'options.maxProducts', message: 'must be at most 500' },
  ],
})

describe('field errors of a product draft', () => {
  it('keeps exact paths, so skus[1] is not skus[0]', () => {
    const map = fieldErrorMap(problem)
    expect(errorAt(map, 'skus[1].priceMinor')).toBe('must not be negative; is too large')
    expect(errorAt(map, 'skus[0].priceMinor')).toBeUndefined()
    expect(errorAt(map, 'priceMinor')).toBeUndefined()
  })

  it('collects the errors below a field when asked', () => {
    const map = fieldErrorMap(problem)
    expect(errorAt(map, 'attributes[0].values', true)).toBe('must not be blank')
    expect(errorAt(map, 'attributes[1].values', true)).toBeUndefined()
  })

  it('lists what no field shows', () => {
    expect(unplacedErrors(fieldErrorMap(problem), PRODUCT_FIELDS)).toEqual([{ field: 'options.maxProducts', message: 'must be at most 500' }])
  })

  it('is empty for other failures', () => {
    expect(fieldErrorMap(new Error('boom'))).toEqual({})
  })
})
