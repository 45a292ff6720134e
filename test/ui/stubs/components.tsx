/**
 * Stand-ins for @tarojs/components in jsdom: each renders the nearest HTML element and passes events through.
 */
import React from 'react';

type Props = Record<string, any> & { children?: React.ReactNode };

/**
 * Taro's camelCase event props (onClick, onInput) mapped onto DOM ones; Taro-only props dropped. As in Taro's browser
 * build, `role` and `tabIndex` pass through and `ariaRole` becomes an `aria-role` attribute (which browsers ignore).
 */
function domProps({ className, style, onClick, onInput, onChange, value, placeholder, type, children, id, role, tabIndex, ...rest }: Props) {
  const data = Object.fromEntries(Object.entries(rest).filter(([k]) => k.startsWith('data-') || k.startsWith('aria-')));
  if (rest.ariaRole) data['aria-role'] = rest.ariaRole;
  return {
    className, style, id, value, placeholder, role, tabIndex, ...data,
    type: type === 'digit' || type === 'number' ? 'number' : type,
    onClick: onClick && ((e: any) => onClick({ ...e, detail: {} })),
    onChange: onInput || onChange ? (e: any) => (onInput ?? onChange)({ ...e, detail: { value: e.target.value } }) : undefined,
    children,
  };
}

const tag = (name: string) => {
  const C = React.forwardRef((props: Props, ref: any) => React.createElement(name, { ...domProps(props), ref }));
  C.displayName = name;
  return C;
};

export const View = tag('div');
export const Text = tag('span');
/** A button; with `onGetPhoneNumber`, a `getphonenumber` DOM event (detail as WeChat gives it) reaches the handler. */
export const Button = React.forwardRef((props: Props, ref: any) => {
  const own = React.useRef<HTMLButtonElement>(null);
  React.useImperativeHandle(ref, () => own.current);
  const { onGetPhoneNumber } = props;
  React.useEffect(() => {
    const el = own.current;
    if (!el || !onGetPhoneNumber) return;
    const listener = (e: Event) => onGetPhoneNumber({ detail: (e as CustomEvent).detail });
    el.addEventListener('getphonenumber', listener);
    return () => el.removeEventListener('getphonenumber', listener);
  }, [onGetPhoneNumber]);
  return React.createElement('button', { ...domProps(props), 'data-open-type': props.openType, ref: own });
});
Button.displayName = 'button';
export const Label = tag('label');
export const ScrollView = tag('div');
export const Form = tag('form');
export const Navigator = tag('a');
export const Image = React.forwardRef((props: Props, ref: any) => React.createElement('img', { ...domProps(props), src: props.src, ref }));
export const Input = React.forwardRef((props: Props, ref: any) => React.createElement('input', { ...domProps(props), ref }));
export const Textarea = React.forwardRef((props: Props, ref: any) => React.createElement('textarea', { ...domProps(props), ref }));
export const Picker = tag('div');
export const PickerView = tag('div');
export const PickerViewColumn = tag('div');
export const Swiper = tag('div');
export const SwiperItem = tag('div');
export const RichText = tag('div');
export const Switch = tag('input');
export const Checkbox = tag('input');
export const CheckboxGroup = tag('div');
export const Radio = tag('input');
export const RadioGroup = tag('div');
export const Video = tag('video');
export const Canvas = tag('canvas');
export const CoverView = tag('div');
export const MovableArea = tag('div');
export const MovableView = tag('div');
export const RootPortal = ({ children }: Props) => children;
export const PageContainer = tag('div');
export const Slot = tag('div');
