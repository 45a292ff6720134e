import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import type { TopicStatus, TopicView } from '../../../../types/topics';
import Chips from '../../../components/chips';
import PagedList from '../../../components/paged-list';
import PageShell from '../../../components/page-shell';
import { usePageList } from '../../../hooks/usePageList';
import { usePaged } from '../../../hooks/usePaged';
import { call } from '../../../services/api';
import CommunityGate from '../../member/shared/community-gate';
import { go, ROUTES } from '../../../utils/routes';
import { TOPIC_STATUS_LABEL } from '../shared/labels';
import TopicCard from '../shared/topic-card';
import './index.scss';

type Tab = TopicStatus | 'all';
const TABS: { value: Tab; label: string }[] = [
  { value: 'all', label: '全部' },
  ...(Object.entries(TOPIC_STATUS_LABEL) as [TopicStatus, string][]).map(([value, label]) => ({ value, label })),
];

/** 议事: the community's topics by step; raise one (点题) to gather co-signs. */
export default function TopicListPage() {
  return <CommunityGate hint="加入您居住的社区后，就可以联名点题、参与议事">{(id) => <Topics communityId={id} />}</CommunityGate>;
}

function Topics({ communityId }: { communityId: string }) {
  const [tab, setTab] = useState<Tab>('all');
  const list = usePaged<TopicView>((cursor) => call('topic.list', { communityId, status: tab === 'all' ? undefined : tab, cursor }), [communityId, tab]);
  usePageList(list);
  return (
    <PageShell>
      <View className="topic-list">
        <Button type="primary" size="xlarge" block data-testid="topic-raise" onClick={() => go(ROUTES.topicRaise)}>
          我要点题
        </Button>
        <Chips label="议题" options={TABS} value={tab} onChange={setTab} testId="topic-tab" />
        <PagedList
          list={list}
          empty={{ title: '暂时没有议题', hint: '小区里的共性问题，10位以上居民联名即可点题议事' }}
          render={(t) => <TopicCard key={t.id} topic={t} onOpen={(x) => go(ROUTES.topic, { id: x.id })} />}
        />
      </View>
    </PageShell>
  );
}
