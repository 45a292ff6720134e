import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import { useDidShow, useRouter, useShareAppMessage } from '@tarojs/taro';
import { useRef } from 'react';
import type { ActionInput } from '../../../../types/actions';
import type { TopicCommand, TopicView } from '../../../../types/topics';
import FactList, { Fact } from '../../../components/fact-list';
import PageShell from '../../../components/page-shell';
import { useRequest } from '../../../hooks/useRequest';
import { ApiError, call } from '../../../services/api';
import { useSession } from '../../../services/session';
import { role } from '../../../utils/a11y';
import { photoUrl } from '../../../utils/photos';
import { go, ROUTES } from '../../../utils/routes';
import { topicShare } from '../../../utils/share';
import { toast } from '../../../utils/toast';
import { STATUS_LABEL } from '../../../utils/labels';
import { formatTime } from '../../../utils/time';
import { cosignText, TOPIC_STATUS_LABEL, topicSteps } from '../shared/labels';
import { DecideForm, LinkOrderForm, MinutesForm, PublishForm, RateForm, ScheduleForm } from './forms';
import './index.scss';

type Step = `topic.${TopicCommand}`;

/** 议题: co-sign it (and share it to gather more), follow 问、议、定、办、晒、评, and staff take each step here. */
export default function TopicPage() {
  const { id = '' } = useRouter().params;
  const { me } = useSession();
  const topic = useRequest(() => call('topic.get', { topicId: id }), [id]);
  const t = topic.data;
  // Coming back from placing its order (办), the topic shows the order it now links.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void topic.reload();
    shown.current = true;
  });
  useShareAppMessage(() => topicShare(id, t?.title, me?.communities.find((c) => c.id === t?.communityId)?.name));

  async function run<A extends Step>(action: A, data: Omit<ActionInput<A>, 'topicId'>, done: string) {
    try {
      topic.setData((await call(action, { ...data, topicId: id } as never)) as TopicView);
      toast.success(done);
    } catch (e) {
      toast.error(e);
      if (e instanceof ApiError && ['TOPIC.CONFLICT', 'TOPIC.INVALID_TRANSITION'].includes(e.code)) void topic.reload();
    }
  }

  if (!t) return <PageShell loading={topic.loading} error={topic.error} onRetry={topic.reload} />;
  const can = (c: TopicCommand) => t.actions.includes(c);
  return (
    <PageShell>
      <View className="topic" data-testid="topic-page">
        <View className="wish__head">
          <Text className="wish__title">{t.title}</Text>
          <Text className="wish__state" data-testid="topic-state">{TOPIC_STATUS_LABEL[t.status]}</Text>
        </View>
        <View className="topic-steps" aria-label="议事步骤">
          {topicSteps(t).map((s) => (
            <Text key={s.label} className={`topic-steps__step${s.done ? ' topic-steps__step--done' : ''}`}>{s.label}</Text>
          ))}
        </View>
        <Text className="wish__story">{t.problem}</Text>
        {t.photoUrls.map((url) => <Image key={url} className="wish__photo" src={photoUrl(url)} mode="aspectFill" />)}
        <FactList>
          <Fact label="地点" value={t.place} />
          <Fact label="提出" value={t.proposed ? `${t.raiserName}（党组织提议）` : t.raiserName} />
          <Fact label="提交到" value={t.level === 'street' ? '街道' : '社区'} />
          {t.meeting && <Fact label="议事安排" value={`${formatTime(t.meeting.at)} · ${t.meeting.place}`} />}
          {t.meeting && <Fact label="参会方" value={t.meeting.invited.join('、')} />}
          {t.minutes && <Fact label="到会人员" value={t.minutes.attendees} />}
          {t.minutes && <Fact label="议事记录" value={t.minutes.notes} />}
          {t.decision && <Fact label={t.decision.adopted ? '议事决定' : '未采纳'} value={t.decision.text} />}
          {t.orders.map((o) => <Fact key={o.id} label="办理工单" value={`${o.title}（${STATUS_LABEL[o.status]}）`} />)}
          {t.outcome && <Fact label="办理结果" value={t.outcome} />}
          {t.rating !== null && <Fact label="居民满意度" value={`${t.rating} 分（${t.ratingCount} 人评价）`} />}
        </FactList>
        <View className="topic-progress" data-testid="topic-progress">
          <Text>{cosignText(t)}</Text>
          {t.status === 'collecting' && (
            <View className="topic-progress__bar" {...role('progressbar')} aria-label="联名进度" aria-valuenow={t.cosigns} aria-valuemax={t.threshold}>
              <View className="topic-progress__fill" style={{ width: `${Math.min(100, (t.cosigns / t.threshold) * 100)}%` }} />
            </View>
          )}
        </View>
        {can('cosign') && <Button type="primary" size="xlarge" block data-testid="topic-cosign" onClick={() => void run('topic.cosign', {}, '联名成功，转发给邻居一起联名吧')}>我也联名</Button>}
        {can('withdraw') && <Button size="large" block onClick={() => void run('topic.withdraw', {}, '已撤回联名')}>撤回联名</Button>}
        {can('propose') && <Button size="large" block onClick={() => void run('topic.propose', {}, '已列入议程')}>党组织提议，列入议程</Button>}
        {can('schedule') && <ScheduleForm onSubmit={(v) => run('topic.schedule', v, '已安排议事')} />}
        {can('minutes') && <MinutesForm onSubmit={(v) => run('topic.minutes', v, '已保存议事记录')} />}
        {can('decide') && <DecideForm onSubmit={(v) => run('topic.decide', v, '已记录决定')} />}
        {can('linkOrder') && (
          <LinkOrderForm onSubmit={(v) => run('topic.linkOrder', v, '已关联工单')} onPlace={() => go(ROUTES.residents, { topicId: id, title: t.title })} />
        )}
        {can('publish') && <PublishForm onSubmit={(v) => run('topic.publish', v, '结果已公开')} />}
        {can('rate') && <RateForm onSubmit={(v) => run('topic.rate', v, '感谢您的评价')} />}
      </View>
    </PageShell>
  );
}
