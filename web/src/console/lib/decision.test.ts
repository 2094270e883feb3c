import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import { ApiProblem } from '../../shared/api/problem'
import type { Page } from '../api/views'
import { useDecision } from './decision'

type Item = { id: string; name: string }
const page = (): Page<Item> => ({ items: [{ id: 'a', name: 'Ann' }, { id: 'b', name: 'Bo' }], page: 0, size: 20, total: 2 })

function deciding(fail?: unknown) {
  const result = ref<Page<Item> | undefined>(page())
  const calls: string[] = []
  const decision = useDecision(result, {
    approve: async (item) => {
      calls.push(`approve ${item.id}`)
      if (fail) throw fail
    },
    reject: async (item, reason) => {
      calls.push(`reject ${item.id}: ${reason}`)
      if (fail) throw fail
    },
    decided: (item, approved) => `${item.name} ${approved ? 'approved' : 'rejected'}`,
    reasonRequired: () => 'a reason is required',
  })
  return { result, calls, decision }
}

describe('an admin deciding on waiting items', () => {
  it('approves the opened item, which leaves the page with a notice', async () => {
    const { result, calls, decision } = deciding()
    decision.select(result.value!.items[1]!)
    expect(decision.selected.value?.name).toBe('Bo')
    await decision.decide(true)
    expect(calls).toEqual(['approve b'])
    expect(decision.notice.value).toBe('Bo approved')
    expect(result.value!.items.map((i) => i.id)).toEqual(['a'])
    expect(result.value!.total).toBe(1)
    expect(decision.selected.value).toBeUndefined()
  })

  it('asks for a reason before rejecting, and sends it trimmed', async () => {
    const { result, calls, decision } = deciding()
    decision.select(result.value!.items[0]!)
    decision.reason.value = '   '
    await decision.decide(false)
    expect(calls).toEqual([])
    expect(decision.reasonError.value).toBe('a reason is required')
    decision.reason.value = '  blurred photo '
    await decision.decide(false)
    expect(calls).toEqual(['reject a: blurred photo'])
    expect(decision.reasonError.value).toBeUndefined()
  })

  it('keeps a refused decision open with the problem, the reason field error beside the reason', async () => {
    const problem = new ApiProblem({ type: 'https://bazaar.dev/problems/invalid-request', title: 'Invalid request', status: 400,
      errors: [{ field: 'reason', message: 'must be at most 300 characters' }] })
    const { result, decision } = deciding(problem)
    decision.select(result.value!.items[0]!)
    decision.reason.value = 'x'
    await decision.decide(false)
    expect(decision.actionError.value).toBe(problem)
    expect(decision.reasonError.value).toBe('must be at most 300 characters')
    expect(decision.selected.value?.id).toBe('a')
    expect(result.value!.items).toHaveLength(2)
    expect(decision.busy.value).toBe(false)
  })
})
