import { Button } from '@nutui/nutui-react-taro';
import { ScrollView, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ErrorCode } from '../../../../types/errors';
import type { OrderView } from '../../../../types/views';
import Chips, { type ChipOption } from '../../../components/chips';
import ClaimConfirm from '../../../components/claim-confirm';
import EmptyState from '../../../components/empty-state';
import OrderCard from '../../../components/order-card';
import PagedList from '../../../components/paged-list';
import PageShell from '../../../components/page-shell';
import { usePageList } from '../../../hooks/usePageList';
import { usePaged } from '../../../hooks/usePaged';
import { useRequest } from '../../../hooks/useRequest';
import { ApiError, call } from '../../../services/api';
import { askToNotify } from '../../../services/subscribe';
import { COMMAND_LABEL } from '../../../utils/labels';
import { go, openOrder, ROUTES } from '../../../utils/routes';
import { toast } from '../../../utils/toast';
import CommunityGate from '../shared/community-gate';
import './index.scss';

type Sort = 'deadline' | 'newest';

const SORTS: { sort: Sort; title: string }[] = [
  { sort: 'deadline', title: '截止时间' },
  { sort: 'newest', title: '最新' },
];

/** The server's answers that mean "you cannot use the pool (yet)": shown as a state with a next step, not an error. */
const BLOCKED: Partial<Record<ErrorCode, { title: string; hint: string; actionText: string }>> = {
  'MEMBER.NOT_VERIFIED': {
    title: '报到审核中',
    hint: '您的党员报到还未通过社区审核，审核通过后即可在这里认领群众的需求',
    actionText: '查看报到信息',
  },
  'MEMBER.REJECTED': { title: '报到未通过审核', hint: '请查看社区的审核意见，修改后重新报到', actionText: '重新报到' },
  'AUTH.FORBIDDEN': { title: '还没有在本社区报到', hint: '在职党员到居住地社区报到、通过审核后，就可以认领群众的需求', actionText: '党员报到' },
};

/** Claim failures after which the card no longer belongs in the pool. */
const GONE: ErrorCode[] = ['ORDER.NOT_CLAIMABLE', 'ORDER.NOT_FOUND', 'ORDER.INVALID_TRANSITION'];

/** 接单大厅: open orders this member may claim, filtered by category and grid, soonest deadline or newest first. */
export default function PoolPage() {
  return <CommunityGate hint="加入您居住的社区并完成党员报到后，就可以在这里接单">{(id) => <Pool communityId={id} />}</CommunityGate>;
}

function Pool({ communityId }: { communityId: string }) {
  const [categoryId, setCategoryId] = useState<string | undefined>();
  const [gridId, setGridId] = useState<string | undefined>();
  const [sort, setSort] = useState<Sort>('deadline');
  const [blocked, setBlocked] = useState<ErrorCode | null>(null);
  const [confirming, setConfirming] = useState<OrderView | null>(null);
  const [mine, setMine] = useState<Set<string>>(() => new Set());

  const menu = useRequest(() => call('menu.get', { communityId }), [communityId]);
  const list = usePaged<OrderView>(
    async (cursor) => {
      try {
        const page = await call('order.pool', { communityId, cursor, categoryId, gridId, sort });
        setBlocked(null);
        return page;
      } catch (e) {
        if (e instanceof ApiError && BLOCKED[e.code]) setBlocked(e.code);
        throw e;
      }
    },
    [communityId, categoryId, gridId, sort],
  );
  usePageList(list);

  async function claim(order: OrderView) {
    askToNotify('work');
    try {
      const held = await call('order.claim', { orderId: order.id });
      setConfirming(null);
      setMine((s) => new Set(s).add(order.id));
      list.update((o) => o.id === order.id, held);
      toast.success('认领成功');
      // Give the toast a moment, then open the order: the resident's contact is there now.
      setTimeout(() => void openOrder(order.id), 800);
    } catch (e) {
      setConfirming(null);
      toast.error(e);
      if (!(e instanceof ApiError)) return;
      if (GONE.includes(e.code)) list.update((o) => o.id === order.id, null);
      else if (e.code === 'ORDER.CONFLICT') void list.refresh();
      else if (e.code === 'MEMBER.NOT_VERIFIED' || e.code === 'MEMBER.REJECTED') setBlocked(e.code);
    }
  }

  const block = blocked && BLOCKED[blocked];
  if (block) {
    return (
      <PageShell>
        <View data-testid="pool-blocked" data-code={blocked}>
          <EmptyState title={block.title} hint={block.hint} actionText={block.actionText} onAction={() => go(ROUTES.register)} />
        </View>
      </PageShell>
    );
  }

  const filtered = !!categoryId || !!gridId;
  const categories = menu.data?.categories ?? [];
  const grids = menu.data?.grids ?? [];
  return (
    <PageShell>
      <View className="pool__filters" data-testid="pool-filters">
        <FilterRow label="排序" options={SORTS.map((s) => ({ value: s.sort, label: s.title, testId: `pool-sort-${s.sort}` }))} value={sort} onChange={setSort} />
        {menu.error && (
          <View className="pool__menu-error" onClick={() => void menu.reload()}>
            <Text>筛选项没有加载出来，点此重试</Text>
          </View>
        )}
        {categories.length > 0 && (
          <FilterRow scroll label="分类" options={all('pool-category', categories)} value={categoryId ?? ''} onChange={(id) => setCategoryId(id || undefined)} />
        )}
        {grids.length > 0 && <FilterRow scroll label="网格" options={all('pool-grid', grids)} value={gridId ?? ''} onChange={(id) => setGridId(id || undefined)} />}
      </View>
      <PagedList
        list={list}
        empty={
          filtered
            ? {
                title: '没有符合条件的需求',
                hint: '换个分类或网格看看',
                actionText: '查看全部',
                onAction: () => {
                  setCategoryId(undefined);
                  setGridId(undefined);
                },
              }
            : { title: '暂时没有待认领的需求', hint: '社区派单后会出现在这里，下拉可以刷新', actionText: '看看我的任务', onAction: () => go(ROUTES.tasks) }
        }
        render={(order) => (
          <OrderCard key={order.id} order={order} showDeadline onOpen={(o) => openOrder(o.id)}>
            {mine.has(order.id) ? (
              <>
                <Text className="pool__mine" data-testid="claimed-badge">
                  您已认领
                </Text>
                <Button size="large" data-testid="open-task" onClick={() => openOrder(order.id)}>
                  查看任务
                </Button>
              </>
            ) : (
              order.actions.includes('claim') && (
                <Button type="primary" size="large" data-testid="claim-button" data-order-id={order.id} onClick={() => setConfirming(order)}>
                  {COMMAND_LABEL.claim}
                </Button>
              )
            )}
          </OrderCard>
        )}
      />
      <ClaimConfirm order={confirming} onClose={() => setConfirming(null)} onConfirm={claim} />
    </PageShell>
  );
}

/** 全部 and then each item, as filter choices with the test id given. */
const all = (testId: string, items: { id: string; name: string }[]): ChipOption<string>[] => [
  { value: '', label: '全部', testId, dataId: '' },
  ...items.map((x) => ({ value: x.id, label: x.name, testId, dataId: x.id })),
];

interface FilterRowProps<T> {
  label: string;
  options: ChipOption<T>[];
  value: T;
  onChange: (value: T) => void;
  /** One line that scrolls sideways (long lists) rather than wrapping. */
  scroll?: boolean;
}

/** One filter: its name and its choices. */
function FilterRow<T extends string>({ label, options, value, onChange, scroll }: FilterRowProps<T>) {
  const chips = <Chips label={label} options={options} value={value} onChange={onChange} />;
  return (
    <View className="pool__row">
      <Text className="pool__row-label">{label}</Text>
      {scroll ? (
        <ScrollView scrollX className="pool__scroll" enhanced showScrollbar={false}>
          {chips}
        </ScrollView>
      ) : (
        chips
      )}
    </View>
  );
}
