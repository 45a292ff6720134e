import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { ResidentView } from '../../../../types/residents';
import Chips from '../../../components/chips';
import EmptyState from '../../../components/empty-state';
import { SearchBox, useDebounced } from '../../../components/member-picker';
import PagedList from '../../../components/paged-list';
import PageShell from '../../../components/page-shell';
import { usePageList } from '../../../hooks/usePageList';
import { usePaged } from '../../../hooks/usePaged';
import { useRequest } from '../../../hooks/useRequest';
import { call } from '../../../services/api';
import { useSession } from '../../../services/session';
import { role } from '../../../utils/a11y';
import { go, queryValue, ROUTES } from '../../../utils/routes';
import './index.scss';

/** A search box's words: digits are the end of a phone number, anything else part of a name or a building. */
function queryOf(text: string): { name?: string; phoneTail?: string; building?: string } {
  if (!text) return {};
  if (/^\d{3,11}$/.test(text)) return { phoneTail: text };
  return /[栋幢楼号]$/.test(text) ? { building: text } : { name: text };
}

/** 居民档案: staff see the community's records, a grid worker those of their grids; search, filter by tag, add one. */
export default function ResidentsPage() {
  const { me, loading, communityId } = useSession();
  if (loading && !me) return <PageShell loading />;
  if (!me || !communityId) {
    return (
      <PageShell>
        <EmptyState title="请先登录并加入社区" hint="社区工作人员和网格员登录后可以在这里管理居民档案" actionText="回到首页" onAction={() => go(ROUTES.home)} />
      </PageShell>
    );
  }
  return <Residents communityId={communityId} />;
}

function Residents({ communityId }: { communityId: string }) {
  // From a 议事 topic's 办 step: the record chosen gets a 代点单 for the topic's work, linked back to the topic.
  const { topicId, title } = useRouter().params;
  const [text, setText] = useState('');
  const [tag, setTag] = useState<string | null>(null);
  const q = useDebounced(text.trim());
  const menu = useRequest(() => call('menu.get', { communityId }), [communityId]);
  const list = usePaged<ResidentView>(
    (cursor) => call('resident.list', { communityId, ...queryOf(q), tag: tag ?? undefined, cursor, limit: 20 }),
    [communityId, q, tag],
  );
  usePageList(list);
  const tags = menu.data?.residentTags ?? [];
  return (
    <PageShell>
      {topicId && <Text className="residents__line" data-testid="residents-for-topic">为议题「{queryValue(title ?? '')}」选择居民代点单</Text>}
      <View className="residents__search">
        <SearchBox value={text} onChange={setText} placeholder="搜索姓名、电话后几位或楼栋（如 5栋）" testId="residents-search" />
        {tags.length > 0 && (
          <Chips clearable label="按标签筛选" testId="residents-tags" options={tags.map((t) => ({ value: t, label: t }))} value={tag} onChange={setTag} />
        )}
      </View>
      <View className="residents__new">
        <Button type="primary" size="large" block data-testid="resident-new" onClick={() => go(ROUTES.residentNew)}>
          新建居民档案
        </Button>
      </View>
      <PagedList
        list={list}
        empty={
          q || tag
            ? { title: '没有找到符合条件的居民', hint: '换个姓名、电话后几位或标签试试', actionText: '清除条件', onAction: () => (setText(''), setTag(null)) }
            : { title: '还没有居民档案', hint: '为不方便用手机的孤寡、高龄、残疾等居民建档，就可以替他们点单', actionText: '新建居民档案', onAction: () => go(ROUTES.residentNew) }
        }
        render={(r) => (
          <ResidentCard
            key={r.id}
            record={r}
            onOpen={() => (topicId ? go(ROUTES.orderFor, { residentId: r.id, topicId, title: queryValue(title ?? '') }) : go(ROUTES.resident, { id: r.id }))}
          />
        )}
      />
    </PageShell>
  );
}

/** One record in the list: name, tags, masked phone, where they live. */
function ResidentCard({ record: r, onOpen }: { record: ResidentView; onOpen: () => void }) {
  const where = [r.gridName, r.address && [r.address.building, r.address.unit, r.address.room].filter(Boolean).join(' ')].filter(Boolean).join(' · ');
  return (
    <View className="residents__card" data-testid="resident-card" data-id={r.id} {...role('link', true)} onClick={onOpen}>
      <View className="residents__head">
        <Text className="residents__name">{r.name}</Text>
        <Text className="residents__line">{r.phone}</Text>
      </View>
      {where && <Text className="residents__line">{where}</Text>}
      {r.tags.length > 0 && (
        <View className="residents__tags">
          {r.tags.map((t) => (
            <Text key={t} className="residents__tag">
              {t}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}
