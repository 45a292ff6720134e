import { Text, Textarea, View } from '@tarojs/components';
import { useSession } from '../../services/session';
import { TYPED_PX } from '../text-input';
import './index.scss';

export interface TextAreaProps {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  /** Characters allowed; the count under the box shows how many are used. */
  maxLength: number;
  /** Lines tall before it scrolls. */
  rows?: number;
  /** Read aloud when there is no visible label right beside it. */
  label?: string;
  invalid?: boolean;
  testId?: string;
  className?: string;
}

/**
 * Several lines of text. The typed text follows the text scale (the browser's default textarea font does not
 * inherit, so the size is set on the box and inherited by Taro's inner textarea), and the count is dark enough to read.
 */
export default function TextArea({ value, onChange, placeholder, maxLength, rows = 3, label, invalid, testId, className }: TextAreaProps) {
  const { fontScale } = useSession();
  const px = TYPED_PX * fontScale;
  return (
    <View className={`text-area ${invalid ? 'text-area--invalid' : ''} ${className ?? ''}`}>
      <Textarea
        className="text-area__input"
        style={{ fontSize: `${px}px`, height: `${Math.round(rows * px * 1.5)}px` }}
        data-testid={testId}
        aria-label={label}
        // In H5 the label must reach the inner <input>/<textarea>, which the host element's aria-label does not.
        nativeProps={label ? { 'aria-label': label } : undefined}
        value={value}
        maxlength={maxLength}
        placeholder={placeholder}
        placeholderClass="text-area__placeholder"
        onInput={(e) => onChange(e.detail.value)}
      />
      <Text className="text-area__count" aria-hidden="true">
        {value.length}/{maxLength}
      </Text>
    </View>
  );
}
