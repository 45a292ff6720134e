import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import type { WishStatus, WishView } from '../../../../types/wishes';
import Chips from '../../../components/chips';
import PagedList from '../../../components/paged-list';
import PageShell from '../../../components/page-shell';
import { usePageList } from '../../../hooks/usePageList';
import { usePaged } from '../../../hooks/usePaged';
import { call } from '../../../services/api';
import CommunityGate from '../../member/shared/community-gate';
import { go, ROUTES } from '../../../utils/routes';
import { WISH_STATUS_LABEL } from '../shared/labels';
import WishCard from '../shared/wish-card';
import '../wall/index.scss';

const FILTERS: { value: WishStatus | ''; label: string }[] = [
  { value: '', label: '全部' },
  ...(Object.keys(WISH_STATUS_LABEL) as WishStatus[]).map((s) => ({ value: s, label: WISH_STATUS_LABEL[s] })),
];

/** 微心愿管理 (staff): every wish of the community by status — 待确认 to confirm, 已退回 to post again. */
export default function WishManagePage() {
  return <CommunityGate hint="加入社区后即可管理微心愿">{(id) => <WishManage communityId={id} />}</CommunityGate>;
}

function WishManage({ communityId }: { communityId: string }) {
  const [status, setStatus] = useState<WishStatus | ''>('');
  const list = usePaged<WishView>(
    (cursor) => call('wish.list', { communityId, scope: 'staff', status: status || undefined, cursor }),
    [communityId, status],
  );
  usePageList(list);
  return (
    <PageShell>
      <View className="wish-wall__bar">
        <Chips label="状态" options={FILTERS} value={status} onChange={setStatus} testId="wish-status" />
      </View>
      <View className="wish-wall__list">
        <Button type="primary" block data-testid="wish-new" onClick={() => go(ROUTES.wishPost)}>
          发布微心愿
        </Button>
        <Button block onClick={() => go(ROUTES.wishUnits)}>
          驻区单位审核
        </Button>
        <PagedList
          list={list}
          empty={{ title: '还没有微心愿', hint: '发布后，到了发布时间就会出现在心愿墙上' }}
          render={(w) => <WishCard key={w.id} wish={w} onOpen={(x) => go(ROUTES.wish, { id: x.id })} />}
        />
      </View>
    </PageShell>
  );
}
