import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { BoardEntry, BoardPeriod, Leaderboard } from '../../../types/points';
import EmptyState from '../../components/empty-state';
import PageShell from '../../components/page-shell';
import { useRequest } from '../../hooks/useRequest';
import { call } from '../../services/api';
import { useSession } from '../../services/session';
import { go, ROUTES } from '../../utils/routes';
import Choice from '../shared/choice';
import PioneerCard from './pioneer-card';
import './index.scss';

const PERIODS: { value: BoardPeriod; label: string; testId: string }[] = [
  { value: 'month', label: '本月', testId: 'period-month' },
  { value: 'quarter', label: '本季', testId: 'period-quarter' },
  { value: 'year', label: '本年', testId: 'period-year' },
];

type Reach = 'community' | 'street';

/**
 * 先锋榜: the members of the community (or of the whole street) ranked by the points and service hours their verified
 * work earned this month, quarter or year, each with their 三亮 card; points staff entered by hand are listed apart.
 */
export default function BoardPage() {
  const { me, communityId, loading } = useSession();
  const community = me?.communities.find((c) => c.id === communityId);
  if (!community) {
    if (loading) return <PageShell loading />;
    return (
      <PageShell>
        <EmptyState title="请先加入社区" hint="加入社区后就能看到社区的先锋榜" actionText="加入社区" onAction={() => go(ROUTES.join)} />
      </PageShell>
    );
  }
  return <Board communityId={community.id} streetId={community.streetId} />;
}

function Board({ communityId, streetId }: { communityId: string; streetId: string }) {
  const [period, setPeriod] = useState<BoardPeriod>('month');
  const [reach, setReach] = useState<Reach>('community');
  const board = useRequest(
    () => call('leaderboard.get', { scope: reach === 'community' ? { communityId } : { streetId }, period }),
    [communityId, streetId, reach, period],
  );
  const b = board.data;
  return (
    <PageShell loading={board.loading && !b} error={b ? null : board.error} onRetry={board.reload}>
      <View className="board__head">
        <Choice
          label="范围"
          options={[
            { value: 'community', label: '本社区', testId: 'reach-community' },
            { value: 'street', label: '全街道', testId: 'reach-street' },
          ]}
          value={reach}
          onChange={setReach}
        />
        <Choice label="时段" options={PERIODS} value={period} onChange={setPeriod} />
        {b && (
          <Text className="board__title" data-testid="board-title">
            {b.scopeName} · {b.label} 先锋榜
          </Text>
        )}
        <Text className="board__hint">按党员接单服务、居民评价后记入的积分和服务时长排名</Text>
      </View>
      {b && <Ranking board={b} street={reach === 'street'} />}
    </PageShell>
  );
}

function Ranking({ board, street }: { board: Leaderboard; street: boolean }) {
  return (
    <View className="board">
      {board.entries.length === 0 ? (
        <EmptyState title="这段时间还没有党员记分" hint="党员完成服务、居民评价后，积分会记入先锋榜" />
      ) : (
        board.entries.map((e) => <Entry key={e.card.memberId} entry={e} street={street} />)
      )}
      {board.manual.length > 0 && (
        <View className="board__manual" data-testid="board-manual">
          <Text className="board__section">补录积分（社区手动记入，不计入排名）</Text>
          {board.manual.map((m) => (
            <View key={m.memberId} className="board__manual-row">
              <Text>
                {m.name}
                {street ? ` · ${m.communityName}` : ''}
              </Text>
              <Text>
                {m.points} 分 · {formatHours(m.hours)} 小时
              </Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

function Entry({ entry, street }: { entry: BoardEntry; street: boolean }) {
  return (
    <View className="board__entry" data-testid="board-entry" data-rank={entry.rank}>
      <View className="board__line">
        <Text className={`board__rank ${entry.rank <= 3 ? 'board__rank--top' : ''}`} aria-label={`第${entry.rank}名`}>
          {entry.rank}
        </Text>
        <Text className="board__figures">
          {entry.points} 分 · {formatHours(entry.hours)} 小时
        </Text>
      </View>
      <PioneerCard card={entry.card} caption={street ? entry.communityName : undefined} />
    </View>
  );
}

/** Hours may be fractional (1.5); at most one decimal. */
const formatHours = (h: number) => (Number.isInteger(h) ? String(h) : h.toFixed(1));
