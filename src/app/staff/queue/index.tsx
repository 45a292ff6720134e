import { Button, Popup } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { OrderView, QueuePage, QueueTab } from '../../../../types/views';
import CategoryChoices from '../../../components/category-choices';
import Chips from '../../../components/chips';
import EmptyState from '../../../components/empty-state';
import OrderCard from '../../../components/order-card';
import PagedList from '../../../components/paged-list';
import PageShell from '../../../components/page-shell';
import QueueTabs from '../../../components/queue-tabs';
import { usePageList } from '../../../hooks/usePageList';
import { usePaged } from '../../../hooks/usePaged';
import { useRequest } from '../../../hooks/useRequest';
import { call } from '../../../services/api';
import { useSession } from '../../../services/session';
import { QUEUE_TABS } from '../../../utils/labels';
import { go, openOrder, queryValue, ROUTES } from '../../../utils/routes';
import { role } from '../../../utils/a11y';
import './index.scss';

/** What an empty tab says, and what to do next. */
const EMPTY: Partial<Record<QueueTab, { title: string; hint: string }>> = {
  submitted: { title: '没有待受理的需求', hint: '群众点单后会出现在这里，请及时受理' },
  dispatched: { title: '没有已派单的需求', hint: '受理派单后，等待党员接单或响应的需求在这里' },
  in_progress: { title: '没有办理中的需求', hint: '党员接单后，正在办理的需求在这里' },
  awaiting_rating: { title: '没有待评价的需求', hint: '党员报告完成后，等待居民评价的需求在这里' },
  overdue: { title: '没有超期的需求', hint: '超过办结时限仍未办结的需求会出现在这里，便于督办' },
  escalated: { title: '没有已上报的需求', hint: '社区解决不了、上报街道协调的需求在这里' },
  closed: { title: '还没有办结的需求', hint: '居民评价或回访后办结的需求在这里' },
};

const TRIAGE: OrderView['actions'] = ['dispatch', 'assign', 'reject'];

/**
 * 待办: the staff's queue by tab with counts, filtered by category and grid; street staff see what was escalated; a
 * grid worker sees the orders of their grids (我的网格) and filters among those.
 */
export default function QueuePage() {
  const session = useSession();
  const { tab, category, grid } = useRouter().params;
  const street = session.mode === 'street';
  const [chosenCommunity, setCommunity] = useState<string | null>(null);
  if (session.loading && !session.me) return <PageShell loading />;
  if (!session.me || !session.communityId) {
    return (
      <PageShell>
        <EmptyState title="请先登录并加入社区" hint="社区工作人员登录后可以在这里处理群众的需求" actionText="回到首页" onAction={() => go(ROUTES.home)} />
      </PageShell>
    );
  }
  const communities = session.me.communities;
  const communityId = street && chosenCommunity && communities.some((c) => c.id === chosenCommunity) ? chosenCommunity : session.communityId;
  const tabs = street ? QUEUE_TABS.filter((t) => t.tab === 'escalated') : QUEUE_TABS;
  const initial = tabs.find((t) => t.tab === tab)?.tab ?? tabs[0].tab;
  return (
    <Queue
      key={communityId}
      communityId={communityId}
      tabs={tabs}
      initialTab={initial}
      initialCategory={category ? queryValue(category) : null}
      initialGrid={grid ? queryValue(grid) : null}
      communities={street && communities.length > 1 ? communities : []}
      onCommunity={setCommunity}
      myGrids={session.mode === 'grid' ? session.me.grids.filter((g) => g.communityId === communityId).map((g) => g.gridId) : null}
    />
  );
}

interface QueueProps {
  communityId: string;
  tabs: typeof QUEUE_TABS;
  initialTab: QueueTab;
  /** The category and grid to filter by as the queue opens (from the dashboard's rows). */
  initialCategory: string | null;
  initialGrid: string | null;
  /** Street staff choose which of their communities to look at. */
  communities: { id: string; name: string }[];
  onCommunity: (id: string) => void;
  /** A grid worker's grids: the only ones the queue holds and the filter offers (我的网格). */
  myGrids: string[] | null;
}

function Queue({ communityId, tabs, initialTab, initialCategory, initialGrid, communities, onCommunity, myGrids }: QueueProps) {
  const [tab, setTab] = useState<QueueTab>(initialTab);
  const [categoryId, setCategoryId] = useState<string | null>(initialCategory);
  const [gridId, setGridId] = useState<string | null>(initialGrid);
  const [picking, setPicking] = useState<'category' | 'grid' | null>(null);
  const [counts, setCounts] = useState<Partial<Record<QueueTab, number>> | null>(null);
  const menu = useRequest(() => call('menu.get', { communityId }), [communityId]);
  const list = usePaged<OrderView, QueuePage>(
    (cursor) =>
      call('order.queue', { communityId, tab, categoryId: categoryId ?? undefined, gridId: gridId ?? undefined, cursor, limit: 20 }),
    [communityId, tab, categoryId, gridId],
    (page) => setCounts(page.counts),
  );
  usePageList(list);

  const category = menu.data?.categories.find((c) => c.id === categoryId);
  const grids = (menu.data?.grids ?? []).filter((g) => !myGrids || myGrids.includes(g.id));
  const grid = grids.find((g) => g.id === gridId);
  const allGrids = myGrids ? '我的网格' : '全部';
  const filtered = !!(categoryId || gridId);
  const empty = EMPTY[tab] ?? { title: '这里暂时没有需求', hint: '' };
  return (
    <PageShell>
      {communities.length > 0 && (
        <View className="queue__communities" {...role('radiogroup')} aria-label="选择社区" data-testid="queue-communities">
          {communities.map((c) => (
            <View
              key={c.id}
              {...role('radio', true)}
              aria-checked={c.id === communityId}
              className={`queue__community ${c.id === communityId ? 'queue__community--on' : ''}`}
              onClick={() => onCommunity(c.id)}
            >
              <Text>{c.name}</Text>
            </View>
          ))}
        </View>
      )}
      <QueueTabs tabs={tabs} value={tab} onChange={setTab} counts={counts} alert={['overdue', 'submitted']} />
      <View className="queue__filters" data-testid="queue-filters">
        {menu.data ? (
          <>
            <View className={`queue__filter ${category ? 'queue__filter--on' : ''}`} data-testid="filter-category" onClick={() => setPicking('category')}>
              <Text>类别：{category?.name ?? '全部'}</Text>
              <Text className="queue__caret">▾</Text>
            </View>
            {grids.length > 0 && (
              <View className={`queue__filter ${grid ? 'queue__filter--on' : ''}`} data-testid="filter-grid" onClick={() => setPicking('grid')}>
                <Text>网格：{grid?.name ?? allGrids}</Text>
                <Text className="queue__caret">▾</Text>
              </View>
            )}
            {filtered && (
              <View className="queue__filter queue__filter--clear" data-testid="filter-clear" onClick={() => (setCategoryId(null), setGridId(null))}>
                <Text>清除筛选</Text>
              </View>
            )}
          </>
        ) : menu.error ? (
          <View className="queue__filter" onClick={menu.reload}>
            <Text>筛选条件加载失败，点此重试</Text>
          </View>
        ) : null}
      </View>
      <PagedList
        list={list}
        empty={
          filtered
            ? { title: '没有符合筛选条件的需求', hint: '换个类别或网格看看', actionText: '清除筛选', onAction: () => (setCategoryId(null), setGridId(null)) }
            : { ...empty, actionText: '刷新', onAction: list.refresh }
        }
        render={(o) => (
          <OrderCard key={o.id} order={o} showDeadline onOpen={() => openOrder(o.id)}>
            {tab === 'submitted' && o.actions.some((a) => TRIAGE.includes(a)) && (
              <Button
                type="primary"
                size="large"
                data-testid="queue-triage"
                onClick={() => go(ROUTES.triage, { id: o.id, mode: o.actions.includes('dispatch') || !o.actions.includes('assign') ? 'dispatch' : 'assign' })}
              >
                受理派单
              </Button>
            )}
          </OrderCard>
        )}
      />
      <Popup visible={picking !== null} position="bottom" round closeable title={picking === 'grid' ? '按网格筛选' : '按服务类别筛选'} onClose={() => setPicking(null)}>
        <View className="queue__sheet" data-testid="filter-sheet" {...role('region', true)} aria-label="筛选">
          {picking === 'category' && menu.data && (
            <CategoryChoices all categories={menu.data.categories} value={categoryId} onChange={(id) => (setCategoryId(id), setPicking(null))} />
          )}
          {picking === 'grid' && menu.data && (
            <Chips
              label="按网格筛选"
              testId="grid-choices"
              options={[{ value: null, label: myGrids ? '我的网格' : '全部网格' }, ...grids.map((g) => ({ value: g.id, label: g.name }))]}
              value={gridId}
              onChange={(id) => (setGridId(id), setPicking(null))}
            />
          )}
        </View>
      </Popup>
    </PageShell>
  );
}
