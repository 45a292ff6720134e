import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { role } from '../../utils/a11y';
import './index.scss';

export interface UrgencyPromptProps {
  visible: boolean;
  /** The community's duty phone (社区值班电话), from the service menu. */
  dutyPhone?: string | null;
  communityName?: string;
  /** Keep 危及生命 and go on filling the form. */
  onContinue: () => void;
  /** Chosen by mistake: not life-threatening after all. */
  onBack: () => void;
}

const CALLS = [
  { number: '120', label: '拨打 120 急救' },
  { number: '110', label: '拨打 110 报警' },
  { number: '119', label: '拨打 119 火警' },
];

/** White on it: 6.5:1 (NutUI's own danger red is too light for white text). */
const EMERGENCY_RED = '#b91c1c';

const dial = (phoneNumber: string) => void Taro.makePhoneCall({ phoneNumber }).catch(() => undefined);

/**
 * Shown the moment a resident marks a need 危及生命, before anything else: volunteers are no substitute for
 * 120 / 110, so the first thing on screen is the phone. The form can be continued afterwards.
 */
export default function UrgencyPrompt({ visible, dutyPhone, communityName, onContinue, onBack }: UrgencyPromptProps) {
  if (!visible) return null;
  return (
    <View className="urgency-prompt" data-testid="urgency-prompt" {...role('alertdialog', true)} aria-modal aria-label="危及生命，请先打电话求救" catchMove>
      <View className="urgency-prompt__head">
        <Text className="urgency-prompt__mark">!</Text>
        <Text className="urgency-prompt__title">危及生命，请先打电话求救</Text>
        <Text className="urgency-prompt__lead">线上点单需要社区受理后才有人上门，救命等不得。请马上拨打：</Text>
      </View>
      <View className="urgency-prompt__calls">
        {CALLS.map((c) => (
          <Button key={c.number} data-testid={`call-${c.number}`} color={EMERGENCY_RED} size="xlarge" block onClick={() => dial(c.number)}>
            {c.label}
          </Button>
        ))}
        {dutyPhone && (
          <Button data-testid="call-duty" size="xlarge" block onClick={() => dial(dutyPhone)}>
            {`拨打社区值班电话 ${dutyPhone}`}
          </Button>
        )}
        {communityName && dutyPhone && <Text className="urgency-prompt__note">{communityName}值班人员可协助联系家人、邻居和网格员</Text>}
      </View>
      <View className="urgency-prompt__after">
        <Text className="urgency-prompt__note">打完电话后，您可以继续填写需求，社区会优先处理。</Text>
        <Button data-testid="urgency-continue" size="large" block onClick={onContinue}>
          我已求救，继续填写
        </Button>
        <View className="urgency-prompt__back" data-testid="urgency-back" onClick={onBack}>
          <Text>选错了，情况没有这么紧急</Text>
        </View>
      </View>
    </View>
  );
}
