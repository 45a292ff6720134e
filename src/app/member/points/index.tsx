import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { LedgerEntry } from '../../../../types/domain';
import type { LedgerSummary } from '../../../../types/views';
import PagedList from '../../../components/paged-list';
import PageShell from '../../../components/page-shell';
import { usePageList } from '../../../hooks/usePageList';
import { usePaged } from '../../../hooks/usePaged';
import { call } from '../../../services/api';
import { go, openOrder, ROUTES } from '../../../utils/routes';
import { formatTime } from '../../../utils/time';
import CommunityGate from '../shared/community-gate';
import './index.scss';

type Totals = Omit<LedgerSummary, 'entries'>;

/** 我的积分: points, service hours and services done in this community, and every entry behind them. */
export default function PointsPage() {
  return <CommunityGate hint="加入社区并完成党员报到后，服务积分会记在这里">{(id) => <Points communityId={id} />}</CommunityGate>;
}

function Points({ communityId }: { communityId: string }) {
  const [totals, setTotals] = useState<Totals | null>(null);
  const list = usePaged<LedgerEntry>(
    async (cursor) => {
      const { entries, ...sum } = await call('ledger.mine', { communityId, cursor });
      // Every page carries the totals; the first one (or a refresh) is the freshest.
      if (!cursor) setTotals(sum);
      return entries;
    },
    [communityId],
  );
  usePageList(list);

  return (
    <PageShell>
      <View className="points__summary" data-testid="points-summary">
        <Total testId="points-total-points" value={totals?.points} unit="积分" />
        <Total testId="points-total-hours" value={totals?.hours} unit="服务时长" suffix="小时" />
        <Total testId="points-total-orders" value={totals?.orders} unit="服务次数" />
      </View>
      <Text className="points__section">积分明细</Text>
      <PagedList
        list={list}
        empty={{
          title: '还没有积分记录',
          hint: '接单并完成服务、居民评价后，积分和服务时长会记在这里',
          actionText: '去接单大厅',
          onAction: () => go(ROUTES.pool),
        }}
        render={(entry) => <Entry key={entry.id} entry={entry} />}
      />
    </PageShell>
  );
}

function Total({ value, unit, suffix, testId }: { value: number | undefined; unit: string; suffix?: string; testId: string }) {
  return (
    <View className="points__total">
      <Text className="points__number" data-testid={testId}>
        {value === undefined ? '–' : formatNumber(value)}
        {suffix && value !== undefined && <Text className="points__suffix">{suffix}</Text>}
      </Text>
      <Text className="points__unit">{unit}</Text>
    </View>
  );
}

function Entry({ entry }: { entry: LedgerEntry }) {
  const link = !!entry.orderId;
  return (
    <View
      className={`points__entry ${link ? 'points__entry--link' : ''}`}
      data-testid="ledger-entry"
      data-manual={entry.manual ? 'true' : 'false'}
      onClick={link ? () => openOrder(entry.orderId!) : undefined}
    >
      <View className="points__entry-main">
        <View className="points__entry-head">
          {entry.manual ? <Text className="points__tag">手动记分</Text> : <Text className="points__what">完成服务</Text>}
          <Text className="points__when">{formatTime(entry.at)}</Text>
        </View>
        {entry.reason && <Text className="points__reason">{entry.reason}</Text>}
        {link && <Text className="points__open">查看服务记录 ›</Text>}
      </View>
      <View className="points__entry-side">
        <Text className={`points__delta ${entry.points < 0 ? 'points__delta--minus' : ''}`}>
          {entry.points > 0 ? '+' : ''}
          {entry.points} 分
        </Text>
        {entry.hours !== 0 && <Text className="points__hours">{formatNumber(entry.hours)} 小时</Text>}
      </View>
    </View>
  );
}

/** Hours may be fractional (1.5); show at most one decimal. */
function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
