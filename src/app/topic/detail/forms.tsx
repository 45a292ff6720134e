import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { LIMITS } from '../../../../types/limits';
import Chips from '../../../components/chips';
import DateTimeField from '../../../components/date-time-field';
import Stars from '../../../components/stars';
import TextArea from '../../../components/text-area';
import TextInput from '../../../components/text-input';
import { toast } from '../../../utils/toast';

export interface StepFormProps<T> {
  /** Sends the form's values; the page shows the outcome. */
  onSubmit: (values: T) => Promise<void>;
}

/** 议: when and where the meeting is, and who is invited (one per line). */
export function ScheduleForm({ onSubmit }: StepFormProps<{ at: string; place: string; invited: string[] }>) {
  const [at, setAt] = useState<string | null>(null);
  const [place, setPlace] = useState('');
  const [invited, setInvited] = useState('居民代表\n党员\n物业公司');
  const send = () => {
    const list = invited.split(/\n|、|，|,/).map((s) => s.trim()).filter(Boolean);
    if (!at || !place.trim() || list.length === 0) return toast.info('请填写议事时间、地点和参会方');
    void onSubmit({ at, place: place.trim(), invited: list });
  };
  return (
    <View className="wish__form" data-testid="schedule-form">
      <Text className="wish__form-title">安排议事</Text>
      <DateTimeField value={at} onChange={setAt} testId="schedule-at" />
      <TextInput label="议事地点" value={place} onChange={setPlace} maxLength={LIMITS.place.max} placeholder="如：社区议事厅" testId="schedule-place" />
      <TextArea label="参会方（每行一个）" value={invited} onChange={setInvited} maxLength={600} placeholder="居民代表、党员、单位、物业、部门" testId="schedule-invited" />
      <Button type="primary" block onClick={send}>保存议事安排</Button>
    </View>
  );
}

/** 议: who came and what was said. */
export function MinutesForm({ onSubmit }: StepFormProps<{ attendees: string; notes: string }>) {
  const [attendees, setAttendees] = useState('');
  const [notes, setNotes] = useState('');
  return (
    <View className="wish__form" data-testid="minutes-form">
      <Text className="wish__form-title">议事记录</Text>
      <TextInput label="到会人员" value={attendees} onChange={setAttendees} maxLength={LIMITS.attendees.max} placeholder="如：居民代表6人、物业经理" testId="minutes-attendees" />
      <TextArea label="议事内容" value={notes} onChange={setNotes} maxLength={LIMITS.minutes.max} placeholder="各方意见和讨论经过" testId="minutes-notes" />
      <Button block onClick={() => void onSubmit({ attendees: attendees.trim(), notes: notes.trim() })}>保存议事记录</Button>
    </View>
  );
}

/** 定: adopted with what was decided, or not with the reason co-signers will read. */
export function DecideForm({ onSubmit }: StepFormProps<{ adopted: boolean; text: string }>) {
  const [adopted, setAdopted] = useState<'yes' | 'no'>('yes');
  const [text, setText] = useState('');
  return (
    <View className="wish__form" data-testid="decide-form">
      <Text className="wish__form-title">议事决定</Text>
      <Chips label="是否采纳" options={[{ value: 'yes', label: '采纳' }, { value: 'no', label: '不采纳' }]} value={adopted} onChange={setAdopted} testId="decide-adopted" />
      <TextArea
        label={adopted === 'yes' ? '决定内容' : '不采纳的原因（联名居民可见）'}
        value={text}
        onChange={setText}
        maxLength={LIMITS.decision.max}
        placeholder={adopted === 'yes' ? '写明议定的办法、责任方和时限' : '写明不采纳的原因，联名居民可以看到'}
        testId="decide-text"
      />
      <Button type="primary" block onClick={() => void onSubmit({ adopted: adopted === 'yes', text: text.trim() })}>记录决定</Button>
    </View>
  );
}

/**
 * 办: place the work as a 代点单 for a resident (it comes back here linked), or link an order staff already placed by
 * its number from the order page.
 */
export function LinkOrderForm({ onSubmit, onPlace }: StepFormProps<{ orderId: string }> & { onPlace: () => void }) {
  const [orderId, setOrderId] = useState('');
  return (
    <View className="wish__form" data-testid="link-form">
      <Text className="wish__form-title">关联办理工单</Text>
      <Button type="primary" block data-testid="topic-order-for" onClick={onPlace}>选择居民代点单并关联</Button>
      <TextInput label="需求编号" value={orderId} onChange={setOrderId} maxLength={64} placeholder="在代点单后的需求详情中复制" testId="link-order" />
      <Button block onClick={() => void onSubmit({ orderId: orderId.trim() })}>关联工单</Button>
    </View>
  );
}

/** 晒: the outcome, made public. */
export function PublishForm({ onSubmit }: StepFormProps<{ outcome: string }>) {
  const [outcome, setOutcome] = useState('');
  return (
    <View className="wish__form" data-testid="publish-form">
      <Text className="wish__form-title">公开办理结果</Text>
      <TextArea label="办理结果" value={outcome} onChange={setOutcome} maxLength={LIMITS.outcome.max} placeholder="写明办理结果，向居民公开" testId="publish-outcome" />
      <Button type="primary" block onClick={() => void onSubmit({ outcome: outcome.trim() })}>公开结果</Button>
    </View>
  );
}

/** 评: a co-signer's stars, once. */
export function RateForm({ onSubmit }: StepFormProps<{ stars: number }>) {
  const [stars, setStars] = useState(0);
  return (
    <View className="wish__form" data-testid="rate-form">
      <Text className="wish__form-title">为办理结果评分</Text>
      <Stars label="满意度" value={stars} onChange={setStars} testId="topic-stars" />
      <Button type="primary" block onClick={() => (stars ? void onSubmit({ stars }) : toast.info('请选择评分'))}>提交评分</Button>
    </View>
  );
}
