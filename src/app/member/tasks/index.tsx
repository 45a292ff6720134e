import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { OrderView } from '../../../../types/views';
import OrderCard from '../../../components/order-card';
import PagedList from '../../../components/paged-list';
import PageShell from '../../../components/page-shell';
import { partsSummary } from '../../../components/team-parts';
import { usePageList } from '../../../hooks/usePageList';
import { usePaged } from '../../../hooks/usePaged';
import { call } from '../../../services/api';
import { go, openOrder, ROUTES } from '../../../utils/routes';
import { formatTime } from '../../../utils/time';
import { role } from '../../../utils/a11y';
import './index.scss';

type State = 'active' | 'done';

const TABS: { state: State; title: string }[] = [
  { state: 'active', title: '进行中' },
  { state: 'done', title: '已完成' },
];

/** 我的任务: what this member holds or has been asked to take on, and what they have done. The work itself happens on the order page. */
export default function TasksPage() {
  const { tab } = useRouter().params;
  const [state, setState] = useState<State>(tab === 'done' ? 'done' : 'active');
  const list = usePaged<OrderView>((cursor) => call('order.myClaims', { state, cursor }), [state]);
  usePageList(list);

  return (
    <PageShell>
      <View className="tasks__tabs" {...role('tablist')}>
        {TABS.map((t) => (
          <View
            key={t.state}
            className={`tasks__tab ${state === t.state ? 'tasks__tab--on' : ''}`}
            {...role('tab', true)}
            aria-selected={state === t.state}
            data-testid={`tasks-tab-${t.state}`}
            onClick={() => setState(t.state)}
          >
            <Text>{t.title}</Text>
          </View>
        ))}
      </View>
      <PagedList
        list={list}
        empty={
          state === 'active'
            ? { title: '暂无进行中的任务', hint: '去接单大厅看看，有哪些群众需要您的帮助', actionText: '去接单大厅', onAction: () => go(ROUTES.pool) }
            : { title: '还没有完成的任务', hint: '完成服务、居民评价后，积分和服务时长会计入您的账户', actionText: '去接单大厅', onAction: () => go(ROUTES.pool) }
        }
        render={(order) => (
          <OrderCard key={order.id} order={order} showDeadline={state === 'active'} onOpen={(o) => openOrder(o.id)}>
            {state === 'active' ? <ActiveFoot order={order} /> : <DoneFoot order={order} />}
          </OrderCard>
        )}
      />
    </PageShell>
  );
}

/** An active task: a nudge when the community assigned it and waits for an answer, a call button once the contact is visible. */
function ActiveFoot({ order }: { order: OrderView }) {
  const awaiting = order.actions.includes('accept');
  const myPart = order.actions.includes('report_part');
  return (
    <View className="tasks__foot">
      {awaiting && (
        <Text className="tasks__awaiting" data-testid="task-awaiting">
          社区指派给您，待响应
        </Text>
      )}
      {order.headcount > 1 && order.holders.length > 0 && (
        <Text className="tasks__team" data-testid="task-team">
          团队任务 · {partsSummary(order.holders)}
          {myPart ? '' : ' · 我已报告'}
        </Text>
      )}
      <View className="tasks__buttons">
        {!order.contactMasked && order.contactPhone && (
          <Button size="large" data-testid="task-call" onClick={() => Taro.makePhoneCall({ phoneNumber: order.contactPhone }).catch(() => undefined)}>
            联系居民
          </Button>
        )}
        {myPart && (
          <Button size="large" data-testid="task-report-part" data-order-id={order.id} onClick={() => openOrder(order.id, 'report_part')}>
            报告我的完成情况
          </Button>
        )}
        <Button type="primary" size="large" data-testid="task-open" data-order-id={order.id} onClick={() => openOrder(order.id)}>
          {awaiting ? '去响应' : '办理'}
        </Button>
      </View>
    </View>
  );
}

function DoneFoot({ order }: { order: OrderView }) {
  const stars = order.rating?.stars;
  return (
    <View className="tasks__done">
      {order.completedAt && <Text>完成于 {formatTime(order.completedAt)}</Text>}
      {order.serviceHours != null && <Text>服务 {order.serviceHours} 小时</Text>}
      <Text>{order.points} 积分</Text>
      {stars ? <Text className="tasks__stars" aria-label={`居民评价${stars}星`}>{'★'.repeat(stars)}</Text> : null}
      {order.status === 'awaiting_rating' && <Text>等待居民评价</Text>}
    </View>
  );
}
