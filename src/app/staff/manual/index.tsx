import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ManualEntryView } from '../../../../types/points';
import Chips from '../../../components/chips';
import EmptyState from '../../../components/empty-state';
import PagedList from '../../../components/paged-list';
import PageShell from '../../../components/page-shell';
import { usePageList } from '../../../hooks/usePageList';
import { usePaged } from '../../../hooks/usePaged';
import { call } from '../../../services/api';
import { useSession } from '../../../services/session';
import { go, ROUTES } from '../../../utils/routes';
import { formatTime } from '../../../utils/time';
import './index.scss';

const CST = 8 * 3_600_000;
/** This month and the one before it (YYYY-MM in Beijing time). */
function recentMonths(now = new Date()): [string, string] {
  const local = new Date(now.getTime() + CST);
  const last = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - 1, 1));
  return [local.toISOString().slice(0, 7), last.toISOString().slice(0, 7)];
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
  const [month, setMonth] = useState<string | null>(thisMonth);
  const list = usePaged<ManualEntryView>((cursor) => call('ledger.manualList', { communityId, cursor, ...(month ? { month } : {}) }), [communityId, month]);
  usePageList(list);
  return (
    <PageShell>
      <View className="manual__head">
        <Chips
          label="月份"
          testId="manual-month"
          options={[
            { value: thisMonth, label: '本月' },
            { value: lastMonth, label: '上月' },
            { value: null, label: '全部' },
          ]}
          value={month}
          onChange={setMonth}
        />
        <Text className="manual__hint">每名党员每月补录的积分和时长有上限（社区设置），工作人员不能给自己补录</Text>
      </View>
      <PagedList list={list} empty={{ title: '没有补录记录', hint: '社区为党员手动补录的积分会记在这里' }} render={(e) => <Entry key={e.id} entry={e} />} />
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
