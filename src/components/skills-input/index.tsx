import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { LIMITS } from '../../../types/limits';
import { role } from '../../utils/a11y';
import { skillError } from '../../utils/rules';
import TextInput from '../text-input';
import './index.scss';

export interface SkillsInputProps {
  value: string[];
  onChange: (skills: string[]) => void;
  /** A skill that cannot be added: the message for the field. */
  onError: (message: string) => void;
  /** One-tap choices offered until chosen. */
  suggestions?: string[];
  placeholder: string;
  /** Test ids: `<testId>-chip`, `-input`, `-add`, `-suggest`. */
  testId: string;
}

/** Skills as tags (a tap removes one), a box to type another, and suggestions to add with one tap. */
export default function SkillsInput({ value, onChange, onError, suggestions = [], placeholder, testId }: SkillsInputProps) {
  const [draft, setDraft] = useState('');
  const add = (raw: string) => {
    const error = skillError(value, raw);
    if (error) return onError(error);
    const s = raw.trim();
    if (!value.includes(s)) onChange([...value, s]);
    setDraft('');
  };
  const offered = suggestions.filter((s) => !value.includes(s));
  return (
    <View className="skills-input">
      {value.length > 0 && (
        <View className="skills-input__tags">
          {value.map((s) => (
            <View key={s} className="skills-input__tag" {...role('button', true)} aria-label={`删除技能 ${s}`} data-testid={`${testId}-chip`} onClick={() => onChange(value.filter((x) => x !== s))}>
              <Text>{s}</Text>
              <Text className="skills-input__x">×</Text>
            </View>
          ))}
        </View>
      )}
      <View className="skills-input__add">
        <TextInput className="skills-input__input" testId={`${testId}-input`} label="添加技能" maxLength={LIMITS.skill.max} value={draft} placeholder={placeholder} onChange={setDraft} onConfirm={() => add(draft)} />
        <Button size="large" data-testid={`${testId}-add`} onClick={() => add(draft)}>
          添加
        </Button>
      </View>
      {offered.length > 0 && (
        <View className="skills-input__tags">
          {offered.map((s) => (
            <View key={s} className="skills-input__suggest" {...role('button', true)} data-testid={`${testId}-suggest`} onClick={() => add(s)}>
              <Text>+ {s}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
