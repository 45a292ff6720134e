import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { WishRanking, WishView } from '../../../../types/wishes';
import Chips from '../../../components/chips';
import PagedList from '../../../components/paged-list';
import PageShell from '../../../components/page-shell';
import { usePageList } from '../../../hooks/usePageList';
import { usePaged } from '../../../hooks/usePaged';
import { useRequest } from '../../../hooks/useRequest';
import { call } from '../../../services/api';
import CommunityGate from '../../member/shared/community-gate';
import { role } from '../../../utils/a11y';
import { go, ROUTES } from '../../../utils/routes';
import WishCard from '../shared/wish-card';
import './index.scss';

type Tab = 'wall' | 'mine' | 'ranking';
const TABS: { value: Tab; label: string }[] = [
  { value: 'wall', label: '心愿墙' },
  { value: 'mine', label: '我认领的' },
  { value: 'ranking', label: '爱心榜' },
];

/** 微心愿墙: released wishes (first claimer wins), the caller's own claims, and this year's ranking. */
export default function WishWallPage() {
  return <CommunityGate hint="加入您居住的社区后，就可以在心愿墙认领微心愿">{(id) => <WishWall communityId={id} />}</CommunityGate>;
}

function WishWall({ communityId }: { communityId: string }) {
  const [tab, setTab] = useState<Tab>('wall');
  return (
    <PageShell>
      <View className="wish-wall__bar">
        <Chips label="微心愿" options={TABS} value={tab} onChange={setTab} testId="wish-tab" />
        <View className="wish-wall__unit" data-testid="unit-link" {...role('link', true)} onClick={() => go(ROUTES.wishUnit)}>
          <Text>单位认领 ›</Text>
        </View>
      </View>
      {tab === 'ranking' ? <Ranking communityId={communityId} /> : <Wishes key={tab} communityId={communityId} scope={tab} />}
    </PageShell>
  );
}

function Wishes({ communityId, scope }: { communityId: string; scope: 'wall' | 'mine' }) {
  const list = usePaged<WishView>((cursor) => call('wish.list', { communityId, scope, cursor }), [communityId, scope]);
  usePageList(list);
  const empty =
    scope === 'wall'
      ? { title: '心愿墙上暂时没有心愿', hint: '社区发布微心愿后会出现在这里，下拉可以刷新' }
      : { title: '您还没有认领心愿', hint: '在心愿墙上认领一个心愿，帮困难居民圆梦' };
  return (
    <View className="wish-wall__list">
      <PagedList list={list} empty={empty} render={(w) => <WishCard key={w.id} wish={w} onOpen={(x) => go(ROUTES.wish, { id: x.id })} />} />
    </View>
  );
}

function Ranking({ communityId }: { communityId: string }) {
  const ranking = useRequest<WishRanking>(() => call('wish.ranking', { communityId }), [communityId]);
  const board = (title: string, rows: WishRanking['members']) => (
    <View className="wish-wall__board">
      <Text className="wish-wall__board-title">{title}</Text>
      {rows.length === 0 && <Text className="wish-wall__none">今年还没有实现的心愿</Text>}
      {rows.map((r, i) => (
        <View key={`${r.name}-${i}`} className="wish-wall__rank" data-testid="rank-row">
          <Text>{`${i + 1}. ${r.name}`}</Text>
          <Text>{`${r.count} 个`}</Text>
        </View>
      ))}
    </View>
  );
  if (!ranking.data) return <PageShell loading={ranking.loading} error={ranking.error} onRetry={ranking.reload} />;
  return (
    <View className="wish-wall__list">
      {board('党员爱心榜', ranking.data.members)}
      {board('单位爱心榜', ranking.data.units)}
    </View>
  );
}
