/** An RFC 9457 problem as every Bazaar area answers it; field errors name the request field they belong to. */
export interface Problem {
  type: string
  title: string
  status: number
  detail?: string
  requestId?: string
  errors?: { field: string; message: string }[]
}

/** Thrown by `call` when the API answers with a problem, so pages can show it and its field errors. */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title)
    this.name = 'ApiProblem'
  }

  get status(): number {
    return this.problem.status
  }

  /** The message for one field (`lines[0].quantity` matches `lines[0].quantity`, `quantity` matches both). */
  fieldError(field: string): string | undefined {
    const errors = this.problem.errors ?? []
    const exact = errors.find((e) => e.field === field)
    return (exact ?? errors.find((e) => e.field.endsWith('.' + field)))?.message
  }

  /** Field errors as a map, for forms that show each next to its input. */
  fieldErrors(): Record<string, string> {
    const map: Record<string, string> = {}
    for (const e of this.problem.errors ?? []) {
      const name = e.field.split('.').pop() ?? e.field
      map[e.field] ??= e.message
      map[name] ??= e.message
    }
    return map
  }
}

/** A problem for a network failure or a body that is not problem+json, so callers handle one kind of error. */
export function toProblem(status: number, body: unknown): Problem {
  if (body && typeof body === 'object' && 'title' in body && 'status' in body) {
    return body as Problem
  }
  return { type: 'about:blank', title: status === 0 ? 'The server cannot be reached' : `HTTP ${status}`, status }
}
