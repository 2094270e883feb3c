import { ApiProblem } from '../../shared/api/problem'

export interface FieldError {
  field: string
  message: string
}

/** Field errors of an API problem by their exact path (`skus[1].priceMinor`); several for one field are joined. */
export function fieldErrorMap(error: unknown): Record<string, string> {
  const map: Record<string, string> = {}
  if (!(error instanceof ApiProblem)) return map
  for (const e of error.problem.errors ?? []) {
    map[e.field] = map[e.field] ? `${map[e.field]}; ${e.message}` : e.message
  }
  return map
}

/** The message for a field, or for anything below it (`attributes[0].values` also takes `attributes[0].values[2]`). */
export function errorAt(map: Record<string, string>, field: string, below = false): string | undefined {
  if (!below) return map[field]
  const messages = Object.entries(map)
    .filter(([key]) => key === field || key.startsWith(field + '.') || key.startsWith(field + '['))
    .map(([, message]) => message)
  return messages.length ? messages.join('; ') : undefined
}

/** Errors no field of the form shows, so the form can list them instead of losing them. */
export function unplacedErrors(map: Record<string, string>, placed: readonly RegExp[]): FieldError[] {
  return Object.entries(map)
    .filter(([field]) => !placed.some((pattern) => pattern.test(field)))
    .map(([field, message]) => ({ field, message }))
}

/** The fields of a product draft the editor shows next to their inputs. */
export const PRODUCT_FIELDS: readonly RegExp[] = [
  /^(name|categoryId|currency|brandId|seriesId|description|parameters|packaging|afterSales|free)$/,
  /^(keywordIds|tagIds)(\[\d*\])?$/,
  /^attributes\[\d+\]\.(name|values)(\[\d*\].*)?$/,
  /^skus\[\d+\]\.(priceMinor|stock|code|attributes|imageId)$/,
]
