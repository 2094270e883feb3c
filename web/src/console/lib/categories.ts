import type { Category } from '../api/views'

export interface CategoryOption {
  id: number
  name: string
  depth: number
  /** names from the root, for a label that says where the category is */
  path: string[]
}

/** The tree in display order (parents before children), each with its depth and path. */
export function flattenCategories(tree: readonly Category[], depth = 0, path: string[] = []): CategoryOption[] {
  return tree.flatMap((c) => [
    { id: c.id, name: c.name, depth, path: [...path, c.name] },
    ...flattenCategories(c.children ?? [], depth + 1, [...path, c.name]),
  ])
}

export function categoryPath(tree: readonly Category[], id: number | null | undefined): string | undefined {
  return flattenCategories(tree).find((c) => c.id === id)?.path.join(' › ')
}
