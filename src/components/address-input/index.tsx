import { View } from '@tarojs/components';
import { LIMITS } from '../../../types/limits';
import { FieldError } from '../field';
import TextInput from '../text-input';
import './index.scss';

export interface AddressValue {
  building: string;
  unit: string;
  room: string;
}

export interface AddressInputProps {
  value: AddressValue;
  onChange: (part: keyof AddressValue, value: string) => void;
  /** Messages for each part, keyed `address.building`, `address.unit`, `address.room`. */
  errors: Partial<Record<string, string>>;
  /** Marks every part red (the whole address is missing). */
  invalid?: boolean;
}

const PARTS: { part: keyof AddressValue; placeholder: string; label: string }[] = [
  { part: 'building', placeholder: '楼栋，如：3栋', label: '楼栋' },
  { part: 'unit', placeholder: '单元', label: '单元' },
  { part: 'room', placeholder: '门牌号', label: '门牌号' },
];

/** 楼栋 / 单元 / 门牌号 side by side (stacked when the text is large), each with its own message. */
export default function AddressInput({ value, onChange, errors, invalid }: AddressInputProps) {
  return (
    <View className="address-input">
      {PARTS.map(({ part, placeholder, label }) => (
        <View key={part} className="address-input__part">
          <TextInput
            testId={`input-${part}`}
            label={label}
            value={value[part]}
            maxLength={LIMITS[part].max}
            placeholder={placeholder}
            invalid={!!errors[`address.${part}`] || (invalid && part === 'building')}
            onChange={(v) => onChange(part, v)}
          />
          <FieldError name={`address.${part}`} message={errors[`address.${part}`]} />
        </View>
      ))}
    </View>
  );
}
