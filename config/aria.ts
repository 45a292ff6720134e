/**
 * The ARIA attributes WeChat reads (base library ≥ 2.7.1, "aria-component"), added to the weapp templates through
 * @tarojs/plugin-inject: Taro's templates carry only the attributes they list, so without this every `aria-*`
 * prop is dropped before it reaches WeChat's screen reader. Each attribute costs bytes in every nesting level of
 * `base.wxml`, so the list holds what the pages use, not all of ARIA.
 */
const label = ['aria-role', 'aria-label', 'aria-hidden'];
const state = ['aria-checked', 'aria-selected', 'aria-disabled', 'aria-expanded', 'aria-pressed', 'aria-current', 'aria-modal'];

/** Attribute name → default value in the template ('' = the node's own value, omitted when it has none). */
const attrs = (names: string[]) => Object.fromEntries(names.map((n) => [n, '']));

/** @tarojs/plugin-inject's `components` option: per Taro component, the attributes to add. */
export const ariaComponents = {
  View: attrs([...label, ...state]),
  Text: attrs(label),
  Image: attrs(label),
  Button: attrs(['aria-label', 'aria-disabled']),
  Input: attrs(['aria-label']),
  Textarea: attrs(['aria-label']),
};
