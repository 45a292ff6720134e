// The @swc/helpers NutUI's compiled code imports, served from @babel/runtime (the helper runtime Babel already uses
// for our code, Taro's and react-transition-group) instead of a second copy of the same helpers. The TypeScript
// generator has no Babel counterpart; it comes from tslib, which Taro's own runtime already ships.
// Plain ES2015 on purpose: this file is bundled as it is, not compiled.
import objectSpread2 from '@babel/runtime/helpers/esm/objectSpread2';

export { default as _async_to_generator } from '@babel/runtime/helpers/esm/asyncToGenerator';
export { default as _call_super } from '@babel/runtime/helpers/esm/callSuper';
export { default as _class_call_check } from '@babel/runtime/helpers/esm/classCallCheck';
export { default as _create_class } from '@babel/runtime/helpers/esm/createClass';
export { default as _define_property } from '@babel/runtime/helpers/esm/defineProperty';
export { default as _inherits } from '@babel/runtime/helpers/esm/inherits';
export { default as _object_without_properties } from '@babel/runtime/helpers/esm/objectWithoutProperties';
export { default as _sliced_to_array } from '@babel/runtime/helpers/esm/slicedToArray';
export { default as _to_consumable_array } from '@babel/runtime/helpers/esm/toConsumableArray';
export { default as _to_property_key } from '@babel/runtime/helpers/esm/toPropertyKey';
export { default as _type_of } from '@babel/runtime/helpers/esm/typeof';
export { __generator as _ts_generator } from 'tslib';

// SWC's two spread helpers, as Babel's objectSpread2 does them: sources at odd positions are copied by value
// (SWC's `_object_spread`), at even positions by descriptor (SWC's `_object_spread_props`).
export function _object_spread(target, ...sources) {
  sources.forEach((source) => objectSpread2(target, source));
  return target;
}

export function _object_spread_props(target, source) {
  return objectSpread2(target, {}, source);
}
