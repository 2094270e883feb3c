import { describe, expect, it } from 'vitest'
import { ApiProblem, toProblem } from './problem'

describe('ApiProblem', () => {
  const problem = new ApiProblem({
    type: 'https://bazaar.dev/problems/validation', title: 'Invalid request', status: 400, requestId: 'r1',
    errors: [{ field: 'register.request.password', message: 'too short' }, { field: 'lines[0].quantity', message: 'must be ≥ 1' }],
  })

  it('finds a field error by its full or its last name', () => {
    expect(problem.fieldError('password')).toBe('too short')
    expect(problem.fieldError('lines[0].quantity')).toBe('must be ≥ 1')
    expect(problem.fieldError('email')).toBeUndefined()
    expect(problem.fieldErrors().password).toBe('too short')
  })

  it('turns a non-problem answer or a network failure into a problem', () => {
    expect(toProblem(502, '<html>').status).toBe(502)
    expect(toProblem(0, undefined).title).toMatch(/cannot be reached/)
  })
})
