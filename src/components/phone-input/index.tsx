import TextInput from '../text-input';

export interface PhoneInputProps {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  invalid?: boolean;
  /** Read aloud when there is no visible label right beside it. */
  label?: string;
  testId?: string;
}

/** Longest accepted form: a landline with its dash (0519-86601234). */
const PHONE_MAX = 13;

/** A phone number: a phone keypad, room for a landline with its area code. Checked by `phoneError` (utils/rules). */
export default function PhoneInput({ value, onChange, placeholder = '手机号或座机号', invalid, label, testId }: PhoneInputProps) {
  return <TextInput type="tel" value={value} onChange={onChange} placeholder={placeholder} maxLength={PHONE_MAX} invalid={invalid} label={label} testId={testId} />;
}
