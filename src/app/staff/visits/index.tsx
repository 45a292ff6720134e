import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { DuePage, DueVisitView } from '../../../../types/visits';
import Chips from '../../../components/chips';
import EmptyState from '../../../components/empty-state';
import PagedList from '../../../components/paged-list';
import PageShell from '../../../components/page-shell';
import { usePageList } from '../../../hooks/usePageList';
import { usePaged } from '../../../hooks/usePaged';
import { useRequest } from '../../../hooks/useRequest';
import { call } from '../../../services/api';
import { useSession } from '../../../services/session';
import { role } from '../../../utils/a11y';
import { go, ROUTES } from '../../../utils/routes';
import { dueText } from './labels';
import './index.scss';

/** 民情日记: who in my grids (staff: the community) is due or overdue for a visit, most overdue first. */
export default function VisitsPage() {
  const session = useSession();
  if (session.loading && !session.me) return <PageShell loading />;
  if (!session.me || !session.communityId) {
    return (
      <PageShell>
        <EmptyState title="请先登录并加入社区" hint="网格员和社区工作人员登录后可以在这里安排走访" actionText="回到首页" onAction={() => go(ROUTES.home)} />
      </PageShell>
    );
  }
  const { communityId, me } = session;
  const staff = me.roles.some((r) => (r.role === 'staff' || r.role === 'admin') && r.communityId === communityId);
  // Staff choose among the community's grids; a grid worker among their own.
  const mine = staff ? null : me.roles.flatMap((r) => (r.communityId === communityId && r.gridId ? [r.gridId] : []));
  return <DueList key={communityId} communityId={communityId} grids={mine} />;
}

interface DueListProps {
  communityId: string;
  /** The grids the caller works (null: the whole community, as staff). */
  grids: string[] | null;
}

function DueList({ communityId, grids }: DueListProps) {
  const [counts, setCounts] = useState<DuePage['counts'] | null>(null);
  const [gridId, setGridId] = useState<string | null>(null);
  const menu = useRequest(() => call('menu.get', { communityId }), [communityId]);
  const list = usePaged<DueVisitView, DuePage>(
    (cursor) => call('visit.due', { communityId, gridId: gridId ?? undefined, cursor, limit: 20 }),
    [communityId, gridId],
    (p) => setCounts(p.counts),
  );
  usePageList(list);
  const choices = (menu.data?.grids ?? []).filter((g) => !grids || grids.includes(g.id));
  return (
    <PageShell>
      {choices.length > 1 && (
        <View className="visits__grids">
          <Chips
            label="按网格查看"
            testId="visit-grids"
            options={[{ value: null, label: grids ? '我的网格' : '全部网格' }, ...choices.map((g) => ({ value: g.id, label: g.name }))]}
            value={gridId}
            onChange={setGridId}
          />
        </View>
      )}
      {counts && (
        <View className="visits__counts" data-testid="visit-counts">
          <Text className="visits__count visits__count--overdue">已逾期 {counts.overdue} 户</Text>
          <Text className="visits__count">待走访 {counts.due} 户</Text>
        </View>
      )}
      <PagedList
        list={list}
        empty={{ title: '近期没有需要走访的居民', hint: '按居民档案的标签定期走访；到期前3天会出现在这里', actionText: '刷新', onAction: list.refresh }}
        render={(v) => (
          <View
            key={v.residentId}
            className="visits__card"
            data-testid="due-card"
            {...role('link', true)}
            onClick={() => go(ROUTES.visitDiary, { id: v.residentId })}
          >
            <View className="visits__head">
              <Text className="visits__name">{v.name}</Text>
              <Text className={`visits__due visits__due--${v.status}`}>{dueText(v)}</Text>
            </View>
            <Text className="visits__line">
              {[v.gridName, v.building].filter(Boolean).join(' · ') || '未分网格'} · 每{v.intervalDays}天走访一次
            </Text>
            <View className="visits__tags">
              {v.tags.map((t) => (
                <Text key={t} className="visits__tag">
                  {t}
                </Text>
              ))}
            </View>
          </View>
        )}
      />
    </PageShell>
  );
}
