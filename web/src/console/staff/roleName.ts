import type { RoleRef } from './api'

/** A role's words: a built-in role's key is worded by the console, a shop's own role carries its name. */
export function roleLabel(role: RoleRef, t: (key: string) => string): string {
  return role.key ? t(`console.staff.roleNames.${role.key}`) : role.name
}
