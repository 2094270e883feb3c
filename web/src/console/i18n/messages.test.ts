import { describe, expect, it } from 'vitest'
import { ORDER_STATUSES, IMPORT_OUTCOMES, IMPORT_STATUSES, PRODUCT_STATUSES, TERM_KINDS } from '../api/views'
import { MENU, PERMISSIONS } from '../lib/access'
import { consoleMessages } from './messages'

type Tree = { [key: string]: string | Tree }

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)))
}

function lookup(tree: Tree, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree)
}

/** Every console source file's text (not the tests), through Vite's raw imports. */
const sources: string[] = Object.entries(import.meta.glob(['../**/*.vue', '../**/*.ts', '!../**/*.test.ts'], { query: '?raw', import: 'default', eager: true }))
  .map(([, text]) => String(text))

const en = consoleMessages.en as unknown as Tree
const zh = consoleMessages['zh-CN'] as unknown as Tree

describe('console messages', () => {
  it('say everything in Chinese that they say in English', () => {
    expect(keys(zh)).toEqual(keys(en))
    for (const key of keys(zh)) expect(String(lookup(zh, key)).trim(), key).not.toBe('')
  })

  it('keep the same placeholders in both languages', () => {
    const holes = (s: unknown) => [...String(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of keys(en)) expect(holes(lookup(zh, key)), key).toEqual(holes(lookup(en, key)))
  })

  it('have every literal key the console uses', () => {
    const used = new Set(sources.flatMap((text) => [...text.matchAll(/'(console\.[a-zA-Z0-9_.-]+)'/g)].map((m) => m[1]!)))
    expect(used.size).toBeGreaterThan(100)
    for (const key of used) expect(typeof lookup(en, key), key).toBe('string')
  })

  it('name every status, outcome, list and menu entry the pages build keys for', () => {
    const built = [
      ...PRODUCT_STATUSES.map((s) => `console.status.product.${s}`),
      ...ORDER_STATUSES.map((s) => `console.status.order.${s}`),
      ...IMPORT_STATUSES.map((s) => `console.status.import.${s}`),
      ...IMPORT_STATUSES.map((s) => `console.job.waiting.${s}`),
      ...IMPORT_OUTCOMES.map((s) => `console.status.outcome.${s}`),
      ...TERM_KINDS.flatMap((k) => [`console.terms.new.${k}`, `console.editor.${k}`]),
      ...MENU.map((m) => m.label),
      ...MENU.filter((m) => m.name !== 'home').map((m) => `console.home.about.${m.name}`),
      ...['bold', 'italic', 'heading', 'paragraph', 'bulletList', 'numberedList', 'clear'].map((k) => `console.rich.${k}`),
      ...['discovered', 'processed', 'imported', 'updated', 'unchanged', 'skipped', 'failed'].map((k) => `console.job.counts.${k}`),
      ...['startUrl', 'sitemapUrl', 'urls'].map((k) => `console.imports.sources.${k}`),
      ...PERMISSIONS.map((p) => `console.staff.permission.${p}`),
      ...['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED'].map((s) => `console.staff.invitationStatus.${s}`),
      // the built-in roles' keys, as migration V20261204_0120 seeds them
      ...['owner', 'manager', 'order-clerk', 'product-editor', 'customer-service', 'analyst'].map((k) => `console.staff.roleNames.${k}`),
    ]
    for (const key of built) {
      expect(typeof lookup(en, key), key).toBe('string')
    }
  })
})
