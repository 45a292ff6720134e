import { Input } from '@tarojs/components';
import { useSession } from '../../services/session';
import './index.scss';

/** Typed text in CSS px at ×1; multiplied by the text scale (大字模式 ×1.4, or the system's). */
export const TYPED_PX = 16;

export interface TextInputProps {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  maxLength?: number;
  /** `tel` shows a phone keypad in the browser; WeChat has no such keypad and gets its number pad. */
  type?: 'text' | 'number' | 'digit' | 'tel';
  /** Read aloud by screen readers when there is no visible label right beside it. */
  label?: string;
  /** Red border while its field shows an error. */
  invalid?: boolean;
  testId?: string;
  className?: string;
  /** The keyboard's 完成 key. */
  onConfirm?: () => void;
}

/** One line of text whose typed text follows the text scale like every label around it. */
export default function TextInput({ value, onChange, placeholder, maxLength, type = 'text', label, invalid, testId, className, onConfirm }: TextInputProps) {
  const { fontScale } = useSession();
  const kind = type === 'tel' ? (process.env.TARO_ENV === 'weapp' ? 'number' : ('tel' as 'text')) : type;
  return (
    <Input
      className={`text-input ${invalid ? 'text-input--invalid' : ''} ${className ?? ''}`}
      style={{ fontSize: `${TYPED_PX * fontScale}px` }}
      data-testid={testId}
      aria-label={label}
      // In H5 the label must reach the inner <input>/<textarea>, which the host element's aria-label does not.
      nativeProps={label ? { 'aria-label': label } : undefined}
      type={kind}
      value={value}
      maxlength={maxLength}
      placeholder={placeholder}
      placeholderClass="text-input__placeholder"
      confirmType={onConfirm ? 'done' : undefined}
      onInput={(e) => onChange(e.detail.value)}
      onConfirm={onConfirm}
    />
  );
}
