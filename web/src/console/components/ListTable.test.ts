import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import { makeI18n } from '../../shared/i18n/locale'
import { sharedMessages } from '../../shared/i18n/messages'
import { consoleMessages } from '../i18n/messages'
import ListTable from './ListTable.vue'

type Row = { id: string; name: string }
const columns = [{ key: 'name', label: 'Name' }, { key: 'id', label: 'Id' }]
const rows: Row[] = [{ id: 'a', name: 'Apple' }, { id: 'b', name: 'Banana' }]

function table(props: Record<string, unknown>) {
  globalThis.localStorage?.setItem('bazaar.locale', 'en')
  return mount(ListTable, {
    props: { columns, rows, rowKey: (r: unknown) => (r as Row).id, ...props },
    slots: { name: ({ row }: { row: unknown }) => h('strong', (row as Row).name), id: ({ row }: { row: unknown }) => (row as Row).id },
    global: { plugins: [makeI18n(sharedMessages, consoleMessages)] },
  })
}

describe('list table', () => {
  it('fills each column from its slot and labels every cell for the phone layout', () => {
    const wrapper = table({ rowAttrs: (r: unknown) => ({ 'data-testid': 'row', 'data-id': (r as Row).id }) })
    expect(wrapper.findAll('th').map((th) => th.text())).toEqual(['Name', 'Id'])
    const cells = wrapper.findAll('[data-testid="row"]')[1]!.findAll('td')
    expect(cells.map((td) => td.attributes('data-label'))).toEqual(['Name', 'Id'])
    expect(cells[0]!.find('strong').text()).toBe('Banana')
    expect(wrapper.find('[data-id="a"]').text()).toContain('Apple')
    expect(wrapper.find('[data-testid="pager"]').exists()).toBe(false)
  })

  it('pages when it is given a page, a size and a total', async () => {
    const wrapper = table({ page: 0, size: 2, total: 5 })
    await wrapper.find('[data-testid="pager-next"]').trigger('click')
    expect(wrapper.emitted('update:page')).toEqual([[1]])
  })
})
