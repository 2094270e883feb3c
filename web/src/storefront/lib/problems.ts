import { ApiProblem } from '../../shared/api/problem'

/** The API's field errors by field name (full path and last segment), for FormFields; empty for other failures. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiProblem ? error.fieldErrors() : {}
}

/** The last part of a problem's type URI (https://bazaar.dev/problems/coupon-expired → coupon-expired). */
export function problemName(error: unknown): string | undefined {
  if (!(error instanceof ApiProblem)) return undefined
  return error.problem.type.split('/').pop() || undefined
}

/** An ApiProblem's HTTP status; 0 for a network failure, undefined for other errors. */
export function problemStatus(error: unknown): number | undefined {
  return error instanceof ApiProblem ? error.status : undefined
}
