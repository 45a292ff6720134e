import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { ActionInput } from '../../../../types/actions';
import type { OrderView } from '../../../../types/views';
import OrderCard from '../../../components/order-card';
import PageShell from '../../../components/page-shell';
import PagedList from '../../../components/paged-list';
import { usePageList } from '../../../hooks/usePageList';
import { usePaged } from '../../../hooks/usePaged';
import { call } from '../../../services/api';
import { useSession } from '../../../services/session';
import { go, openOrder, ROUTES } from '../../../utils/routes';
import { toast } from '../../../utils/toast';
import { role } from '../../../utils/a11y';
import './index.scss';

type Group = NonNullable<ActionInput<'order.mine'>['status']>;
type Tab = Group | 'all';

const TABS: { tab: Tab; title: string; empty: string; hint: string }[] = [
  { tab: 'all', title: '全部', empty: '您还没有提过需求', hint: '家里有困难、需要帮忙，都可以向社区点单，党员志愿者会上门服务' },
  { tab: 'active', title: '进行中', empty: '没有正在办理的需求', hint: '提交的需求在社区受理、党员办理期间会显示在这里' },
  { tab: 'awaiting_rating', title: '待评价', empty: '没有需要评价的需求', hint: '党员办完后，请您确认是否解决并打分' },
  { tab: 'done', title: '已结束', empty: '还没有已结束的需求', hint: '办结、未受理或已取消的需求会显示在这里' },
];

const isTab = (t: string | undefined): t is Tab => TABS.some((x) => x.tab === t);

/** 我的需求: the resident's own orders by status group, newest first; tap one to follow it, rate it or cancel it. */
export default function MyOrdersPage() {
  const { me, loading } = useSession();
  const { status } = useRouter().params;
  const [tab, setTab] = useState<Tab>(isTab(status) ? status : 'all');
  const list = usePaged<OrderView>((cursor) => call('order.mine', { cursor, ...(tab === 'all' ? {} : { status: tab }) }), [tab]);
  usePageList(list);

  // Errors end in a toast with the server's words; the list keeps what it already shows.
  useEffect(() => {
    if (list.error) toast.error(list.error);
  }, [list.error]);

  if (loading && !me) return <PageShell loading />;
  const current = TABS.find((t) => t.tab === tab)!;
  return (
    <PageShell>
      <View className="my-orders__tabs" {...role('tablist')} data-testid="orders-tabs">
        {TABS.map((t) => (
          <View
            key={t.tab}
            className={`my-orders__tab ${t.tab === tab ? 'my-orders__tab--on' : ''}`}
            {...role('tab', true)}
            aria-selected={t.tab === tab}
            data-testid="orders-tab"
            data-status={t.tab}
            onClick={() => setTab(t.tab)}
          >
            <Text>{t.title}</Text>
          </View>
        ))}
      </View>
      <View className="my-orders__list" data-testid="my-orders" data-tab={tab}>
        <PagedList
          list={list}
          empty={{ title: current.empty, hint: current.hint, actionText: '去点单', onAction: () => go(ROUTES.submit) }}
          render={(order) => (
            <OrderCard key={order.id} order={order} onOpen={(o) => openOrder(o.id)}>
              {order.actions.includes('confirm') && (
                <Button type="primary" size="large" data-testid="rate-order" onClick={() => openOrder(order.id)}>
                  去评价
                </Button>
              )}
            </OrderCard>
          )}
        />
      </View>
    </PageShell>
  );
}
