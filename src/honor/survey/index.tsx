import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { LIMITS } from '../../../types/limits';
import Chips from '../../components/chips';
import PageShell from '../../components/page-shell';
import Stars from '../../components/stars';
import TextArea from '../../components/text-area';
import { useRequest } from '../../hooks/useRequest';
import { call } from '../../services/api';
import { queryValue } from '../../utils/routes';
import { toast } from '../../utils/toast';
import './index.scss';

/**
 * 第三方测评 (staff acting as the 测评 caller): after phoning the resident about a finished order, record whether the
 * call got through, how satisfied they are and what they said. Counts in 有效回访率 and in the 民意帐.
 */
export default function SurveyPage() {
  const id = queryValue(useRouter().params.id ?? '');
  const order = useRequest(() => call('order.detail', { orderId: id }), [id]);
  const [reached, setReached] = useState(true);
  const [stars, setStars] = useState(0);
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const o = order.data;

  async function submit() {
    if (!o) return;
    if (reached && !stars) return toast.info('请点亮星星，记下居民的满意度');
    setSending(true);
    try {
      await call('survey.record', { orderId: o.id, version: o.version, reached, ...(reached ? { stars } : {}), note: note.trim() || undefined });
      toast.success('测评已记录');
      setTimeout(() => void Taro.navigateBack().catch(() => undefined), 600);
    } catch (e) {
      toast.error(e);
    } finally {
      setSending(false);
    }
  }

  return (
    <PageShell loading={order.loading && !o} error={o ? null : order.error} onRetry={order.reload}>
      {o && (
        <View className="survey" data-testid="survey">
          <Text className="survey__title">{o.title}</Text>
          <Text className="survey__hint">请电话联系居民，如实记录回访情况。参与过该需求服务的人员不能测评。</Text>
          <Chips
            label="电话是否接通"
            testId="survey-reached"
            options={[
              { value: true, label: '已接通', testId: 'survey-reached-yes' },
              { value: false, label: '未接通', testId: 'survey-reached-no' },
            ]}
            value={reached}
            onChange={setReached}
          />
          {reached && <Stars label="居民满意度" value={stars} onChange={setStars} testId="survey-stars" />}
          <TextArea label="测评记录" value={note} onChange={setNote} maxLength={LIMITS.note.max} placeholder="居民的原话或未接通的情况（选填）" testId="survey-note" />
          <Button type="primary" size="xlarge" block loading={sending} data-testid="survey-submit" onClick={() => void submit()}>
            保存测评
          </Button>
        </View>
      )}
    </PageShell>
  );
}
