import { Button, View } from '@tarojs/components';
import { call } from '../../services/api';
import { toast } from '../../utils/toast';
import TextInput from '../text-input';
import './index.scss';

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

/** What WeChat hands the getphonenumber handler: a code when the person allowed it, none when they declined. */
type PhoneEvent = { detail: { code?: string; errMsg?: string } };

/**
 * A phone number: a phone keypad, room for a landline with its area code. Checked by `phoneError` (utils/rules).
 * In WeChat, 用微信手机号 fills it through 手机号快速验证 (the server turns the code into the number); typing stays
 * possible, for a landline, another person's number, or when WeChat cannot help.
 */
export default function PhoneInput({ value, onChange, placeholder = '手机号或座机号', invalid, label, testId }: PhoneInputProps) {
  const typed = <TextInput type="tel" value={value} onChange={onChange} placeholder={placeholder} maxLength={PHONE_MAX} invalid={invalid} label={label} testId={testId} />;
  if (process.env.TARO_ENV !== 'weapp') return typed;

  async function fill(e: PhoneEvent) {
    const code = e.detail?.code;
    if (!code) return; // declined, or a WeChat too old for it: the person types the number
    try {
      onChange((await call('phone.decode', { code })).phone);
    } catch (err) {
      toast.error(err);
    }
  }
  return (
    <View className="phone-input">
      <View className="phone-input__typed">{typed}</View>
      <Button className="phone-input__wechat" openType="getPhoneNumber" onGetPhoneNumber={fill} data-testid={testId && `${testId}-wechat`}>
        用微信手机号
      </Button>
    </View>
  );
}
