/**
 * Roles for screen readers in both builds: Taro hands `ariaRole` to WeChat, but its browser components turn it into
 * no attribute at all, so the browser gets `role` as well.
 */

/** Props giving a View the role `name`; `focusable` lets keyboard users reach it (chips, scrolling sheets). */
export function role(name: string, focusable = false): { ariaRole: string; role: string; tabIndex?: number } {
  return focusable ? { ariaRole: name, role: name, tabIndex: 0 } : { ariaRole: name, role: name };
}
