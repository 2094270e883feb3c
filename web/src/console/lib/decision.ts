import { computed, ref, type Ref } from 'vue'
import type { Page } from '../api/views'
import { fieldErrorMap } from './fieldErrors'

/** What an admin's decision does to one waiting item, and what it says once done. */
export type DecisionActions<T> = {
  approve: (item: T) => Promise<unknown>
  reject: (item: T, reason: string) => Promise<unknown>
  /** the notice after the decision */
  decided: (item: T, approved: boolean) => string
  /** the field error when a rejection has no reason */
  reasonRequired: () => string
}

/**
 * Deciding on the items of a page waiting for a platform admin (shop applications, real-name verifications): one is
 * opened, approved, or rejected with a reason the applicant reads; a decided item leaves the page, a refused decision
 * keeps it open with the API's problem (its `reason` field error beside the reason).
 */
export function useDecision<T extends { id: string }>(result: Ref<Page<T> | undefined>, actions: DecisionActions<T>) {
  const selectedId = ref<string>()
  const reason = ref('')
  const reasonError = ref<string>()
  const actionError = ref<unknown>()
  const busy = ref(false)
  const notice = ref('')
  const selected = computed(() => result.value?.items.find((x) => x.id === selectedId.value))

  function select(item: T) {
    selectedId.value = item.id
    reason.value = ''
    reasonError.value = undefined
    actionError.value = undefined
  }

  async function decide(approve: boolean) {
    const item = selected.value
    if (!item) return
    if (!approve && !reason.value.trim()) {
      reasonError.value = actions.reasonRequired()
      return
    }
    busy.value = true
    actionError.value = undefined
    reasonError.value = undefined
    try {
      if (approve) await actions.approve(item)
      else await actions.reject(item, reason.value.trim())
      notice.value = actions.decided(item, approve)
      if (result.value) result.value = { ...result.value, items: result.value.items.filter((x) => x.id !== item.id), total: result.value.total - 1 }
      selectedId.value = undefined
    } catch (e) {
      actionError.value = e
      reasonError.value = fieldErrorMap(e).reason
    } finally {
      busy.value = false
    }
  }

  return { selected, reason, reasonError, actionError, busy, notice, select, decide }
}
