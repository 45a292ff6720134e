import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ManualEntryView } from '../../../types/points';
import EmptyState from '../../components/empty-state';
import PageShell from '../../components/page-shell';
import { useRequest } from '../../hooks/useRequest';
import { call } from '../../services/api';
import { useSession } from '../../services/session';
import { go, ROUTES } from '../../utils/routes';
import Choice from '../shared/choice';
import './index.scss';

const CST = 8 * 3_600_000;
/** This month and the one before it (YYYY-MM in Beijing time). */
function recentMonths(now = new Date()): [string, string] {
  const local = new Date(now.getTime() + CST);
  const last = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - 1, 1));
  return [local.toISOString().slice(0, 7), last.toISOString().slice(0, 7)];
}

/**
 * When an entry was made, in Beijing time: 2026年3月1日 10:05. Written here rather than with utils/time, whose dayjs
 * lives in the `app` subpackage and would be copied into this one.
 */
function formatTime(iso: string): string {
  const t = new Date(Date.parse(iso) + CST);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

/** 积分补录记录 (staff): every manual entry of the community — for whom, how much, why, by whom, when. */
export default function ManualPage() {
  const { me, communityId, modes, loading } = useSession();
  if (loading && !me) return <PageShell loading />;
  if (!communityId || !modes.includes('staff')) {
    return (
      <PageShell>
        <EmptyState title="积分补录记录仅对社区工作人员开放" actionText="回到首页" onAction={() => go(ROUTES.home)} />
      </PageShell>
    );
  }
  return <ManualLog communityId={communityId} />;
}

function ManualLog({ communityId }: { communityId: string }) {
  const [thisMonth, lastMonth] = recentMonths();
  const [month, setMonth] = useState<string>(thisMonth);
  // Pages after the first, appended as 加载更多 brings them (the first comes with the month chosen).
  const [more, setMore] = useState<{ items: ManualEntryView[]; cursor: string | null } | null>(null);
  const first = useRequest(async () => {
    setMore(null);
    return call('ledger.manualList', { communityId, ...(month === 'all' ? {} : { month }) });
  }, [communityId, month]);
  const items = [...(first.data?.items ?? []), ...(more?.items ?? [])];
  const cursor = more ? more.cursor : first.data?.nextCursor ?? null;

  async function loadMore() {
    const page = await call('ledger.manualList', { communityId, cursor: cursor!, ...(month === 'all' ? {} : { month }) });
    setMore({ items: [...(more?.items ?? []), ...page.items], cursor: page.nextCursor });
  }

  return (
    <PageShell loading={first.loading && !first.data} error={first.data ? null : first.error} onRetry={first.reload}>
      <View className="manual__head">
        <Choice
          label="月份"
          options={[
            { value: thisMonth, label: '本月', testId: 'manual-this-month' },
            { value: lastMonth, label: '上月', testId: 'manual-last-month' },
            { value: 'all', label: '全部', testId: 'manual-all' },
          ]}
          value={month}
          onChange={setMonth}
        />
        <Text className="manual__hint">每名党员每月补录的积分和时长有上限（社区设置），工作人员不能给自己补录</Text>
      </View>
      {first.data && items.length === 0 && <EmptyState title="没有补录记录" hint="社区为党员手动补录的积分会记在这里" />}
      {items.map((e) => (
        <Entry key={e.id} entry={e} />
      ))}
      {cursor && (
        <View className="manual__more">
          <Button size="large" block onClick={() => void loadMore()}>
            加载更多
          </Button>
        </View>
      )}
    </PageShell>
  );
}

function Entry({ entry }: { entry: ManualEntryView }) {
  return (
    <View className="manual__entry" data-testid="manual-entry">
      <View className="manual__line">
        <Text className="manual__member">{entry.memberName}</Text>
        <Text className="manual__points">
          +{entry.points} 分{entry.hours ? ` · ${entry.hours} 小时` : ''}
        </Text>
      </View>
      <Text className="manual__reason">{entry.reason}</Text>
      <Text className="manual__meta">
        {entry.createdByName} 记入 · {formatTime(entry.at)}
      </Text>
    </View>
  );
}
