/**
 * Roles for screen readers in both builds. WeChat reads `aria-role` (Taro's `ariaRole`); a browser reads `role`
 * and calls `aria-role` an invalid attribute, so each build gets only its own.
 */

type RoleProps = { ariaRole: string } | { role: string; tabIndex?: number };

/** Props giving a View the role `name`; `focusable` lets keyboard users reach it (chips, scrolling sheets). */
export function role(name: string, focusable = false): RoleProps {
  if (process.env.TARO_ENV === 'weapp') return { ariaRole: name };
  return focusable ? { role: name, tabIndex: 0 } : { role: name };
}
