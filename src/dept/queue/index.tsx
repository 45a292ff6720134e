import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { DEPARTMENT_TAB_NAMES, DEPARTMENT_TABS, type DepartmentTab } from '../../../types/departments';
import type { OrderView } from '../../../types/views';
import OrderCard from '../../components/order-card';
import PageShell from '../../components/page-shell';
import PagedList from '../../components/paged-list';
import { usePageList } from '../../hooks/usePageList';
import { usePaged } from '../../hooks/usePaged';
import { call } from '../../services/api';
import { useSession } from '../../services/session';
import { role } from '../../utils/a11y';
import { openOrder } from '../../utils/routes';
import { formatTime } from '../../utils/time';
import { toast } from '../../utils/toast';
import './index.scss';

const EMPTY: Record<DepartmentTab, string> = {
  active: '街道转派的任务会显示在这里',
  overdue: '没有超过部门办结时限的任务',
  resolved: '还没有办结的任务',
  returned: '还没有退回街道的任务',
};

/** 部门待办: the orders the street sent to the caller's department, by tab; open one to report, resolve or return it. */
export default function DepartmentQueuePage() {
  const { me, loading } = useSession();
  // Staff of one department, as the street grants it (someone in two sees the first).
  const current = me?.roles.find((r) => r.role === 'department_staff' && r.departmentId)?.departmentId ?? null;
  const [tab, setTab] = useState<DepartmentTab>('active');
  const list = usePaged<OrderView>(
    (cursor) => (current ? call('department.queue', { departmentId: current, tab, cursor }) : Promise.resolve({ items: [], nextCursor: null })),
    [current, tab],
  );
  usePageList(list);
  useEffect(() => {
    if (list.error) toast.error(list.error);
  }, [list.error]);

  if (loading && !me) return <PageShell loading />;
  if (!current) return <PageShell error="您还不是职能部门的工作人员，请联系街道管理员" />;
  return (
    <PageShell>
      <View className="dept-queue__tabs" {...role('tablist')} data-testid="dept-tabs">
        {DEPARTMENT_TABS.map((t) => (
          <View key={t} className={`dept-queue__tab ${t === tab ? 'dept-queue__tab--on' : ''}`} {...role('tab', true)} aria-selected={t === tab} data-testid={`dept-tab-${t}`} onClick={() => setTab(t)}>
            <Text>{DEPARTMENT_TAB_NAMES[t]}</Text>
          </View>
        ))}
      </View>
      <View className="dept-queue__list" data-testid="dept-queue" data-tab={tab}>
        <PagedList
          list={list}
          empty={{ title: `没有${DEPARTMENT_TAB_NAMES[tab]}的任务`, hint: EMPTY[tab] }}
          render={(order) => (
            <OrderCard key={order.id} order={order} onOpen={(o) => openOrder(o.id)}>
              {order.department && (
                <Text className={`dept-queue__due ${order.department.overdue ? 'dept-queue__due--late' : ''}`} data-testid="dept-due">
                  {order.department.overdue ? '已超期 · ' : ''}部门办结时限 {formatTime(order.department.deadline)}
                </Text>
              )}
            </OrderCard>
          )}
        />
      </View>
    </PageShell>
  );
}
