import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { INVALID } from '../../utils/scroll';
import './index.scss';

export interface FieldProps {
  label: string;
  /** The value's name: the field's id (`field-<name>`, for tests and scrolling) and its error's test id. */
  name: string;
  /** The message to show under the field; the form's hook clears it once the value is valid. */
  error?: string;
  /** A line of help under the label. */
  hint?: string;
  /** Marks it 必填. */
  required?: boolean;
  /** Adds （选填） to the label. */
  optional?: boolean;
  /** A card of its own (the resident's form) rather than a row in a card. */
  card?: boolean;
}

/** A labelled field with its hint and its error beside it; the error is announced when it appears. */
export default function Field({ label, name, error, hint, required, optional, card, children }: PropsWithChildren<FieldProps>) {
  return (
    <View className={`field ${card ? 'field--card' : ''} ${error ? INVALID : ''}`} id={`field-${name.replace(/\./g, '-')}`} data-field={name}>
      <View className="field__label-row">
        <Text className="field__label">
          {label}
          {optional && <Text className="field__optional">（选填）</Text>}
        </Text>
        {required && <Text className="field__required">必填</Text>}
      </View>
      {hint && <Text className="field__hint">{hint}</Text>}
      {children}
      <FieldError name={name} message={error} />
    </View>
  );
}

export interface FieldErrorProps {
  /** Whose message it is: the test id is `field-error-<name>`. */
  name: string;
  message?: string;
}

/** One message in red, for a field or a part of one (an address's 楼栋). */
export function FieldError({ name, message }: FieldErrorProps) {
  if (!message) return null;
  return (
    <Text className="field__error" data-testid={`field-error-${name}`} aria-live="polite">
      {message}
    </Text>
  );
}
