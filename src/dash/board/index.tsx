import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { CommunityStats, StreetStats, TrendBucket } from '../../../types/stats';
import Chips from '../../components/chips';
import EmptyState from '../../components/empty-state';
import PageShell from '../../components/page-shell';
import { useRequest } from '../../hooks/useRequest';
import { call } from '../../services/api';
import { useSession } from '../../services/session';
import { go, queryValue, ROUTES } from '../../utils/routes';
import CommunityBoard from './community';
import { spanLabel } from './period';
import PeriodPicker, { initialPeriod, type PeriodChoice } from './period-picker';
import StreetBoard from './street';
import './index.scss';

type Scope = { kind: 'community'; id: string } | { kind: 'street'; id: string };

const TRENDS: { value: TrendBucket | null; label: string }[] = [
  { value: null, label: '自动分段' },
  { value: 'week', label: '按周' },
  { value: 'month', label: '按月' },
];

/**
 * 数据看板: staff see their community's figures; street staff see every community of the street ranked, and open one
 * community's board from it (?communityId=). The period is chosen in Beijing time.
 */
export default function DashboardPage() {
  const session = useSession();
  const params = useRouter().params;
  if (session.loading && !session.me) return <PageShell loading />;
  const community = session.me?.communities.find((c) => c.id === session.communityId);
  const staff = session.modes.includes('staff');
  if (!session.me || !community || !(staff || session.modes.includes('street'))) {
    return (
      <PageShell>
        <EmptyState title="数据看板仅对社区和街道工作人员开放" hint="请用工作人员身份登录后查看" actionText="回到首页" onAction={() => go(ROUTES.home)} />
      </PageShell>
    );
  }
  const asked = params.communityId ? queryValue(params.communityId) : null;
  // Someone both staff and street staff sees the board of the hat they wear now.
  const street = session.mode === 'street' || !staff;
  const scope: Scope = asked ? { kind: 'community', id: asked } : street ? { kind: 'street', id: community.streetId } : { kind: 'community', id: community.id };
  return <Dashboard key={`${scope.kind}:${scope.id}`} scope={scope} linksToQueue={!street && scope.id === community.id} />;
}

interface DashboardProps {
  scope: Scope;
  /** The figures open the staff's own queue (their own community only). */
  linksToQueue: boolean;
}

function Dashboard({ scope, linksToQueue }: DashboardProps) {
  const { me } = useSession();
  const [period, setPeriod] = useState<PeriodChoice>(initialPeriod);
  const [trend, setTrend] = useState<TrendBucket | null>(null);
  const input = { ...period.span, ...(trend ? { trend } : {}) };
  const stats = useRequest<CommunityStats | StreetStats>(
    () => (scope.kind === 'street' ? call('stats.street', { streetId: scope.id, ...input }) : call('stats.community', { communityId: scope.id, ...input })),
    [scope.id, period.span.from, period.span.to, trend],
  );
  const s = stats.data;
  const title = s && 'name' in s ? `${s.name}数据看板` : scope.kind === 'street' ? '街道数据看板' : '社区数据看板';
  return (
    <PageShell loading={stats.loading && !s} error={s ? null : stats.error} onRetry={stats.reload}>
      <View className="dash">
        <Text className="dash__title" data-testid="dash-title">
          {title}
        </Text>
        <PeriodPicker value={period} onChange={setPeriod} />
        <Chips label="趋势按" testId="trend-bucket" options={TRENDS.map((t) => ({ value: t.value, label: t.label, testId: `trend-${t.value ?? 'auto'}` }))} value={trend} onChange={setTrend} />
        {s && (
          <>
            <Text className="dash__span" data-testid="dash-span">
              统计 {spanLabel(s.fromDay, s.toDay)} 收到的需求{stats.loading ? '（更新中…）' : ''}
            </Text>
            {stats.error && <Text className="dash__warn">{stats.error}，显示的是上次的数据</Text>}
            {'streetId' in s ? (
              <StreetBoard
                stats={s}
                onCommunity={(id) => go(ROUTES.dashboard, { communityId: id })}
                mayEditThresholds={!!me?.roles.some((r) => r.role === 'admin' && r.streetId === s.streetId)}
                onReload={() => void stats.reload()}
              />
            ) : (
              <CommunityBoard stats={s} linksToQueue={linksToQueue} />
            )}
            <Text className="dash__foot">满意率只计居民本人的评价（4–5 星为满意）；自动办结、代评、未评价单独列出，不计入满意率。</Text>
          </>
        )}
      </View>
    </PageShell>
  );
}
