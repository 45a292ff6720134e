import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { UnitView } from '../../../../types/wishes';
import PagedList from '../../../components/paged-list';
import PageShell from '../../../components/page-shell';
import { usePageList } from '../../../hooks/usePageList';
import { usePaged } from '../../../hooks/usePaged';
import { call } from '../../../services/api';
import { toast } from '../../../utils/toast';
import CommunityGate from '../../member/shared/community-gate';
import '../wall/index.scss';

/** 单位审核 (staff): pending partner units, verified or rejected (rejecting asks for a reason the contact reads). */
export default function UnitsPage() {
  return <CommunityGate hint="加入社区后即可审核单位">{(id) => <Units communityId={id} />}</CommunityGate>;
}

function Units({ communityId }: { communityId: string }) {
  const list = usePaged<UnitView>((cursor) => call('unit.list', { communityId, status: 'pending', cursor }), [communityId]);
  usePageList(list);

  async function review(unit: UnitView, decision: 'verify' | 'reject') {
    try {
      const note = decision === 'reject' ? '材料不全，请与社区联系' : undefined;
      await call('unit.review', { unitId: unit.id, decision, note });
      list.update((u) => u.id === unit.id, null);
      toast.success(decision === 'verify' ? '已通过' : '已驳回');
    } catch (e) {
      toast.error(e);
    }
  }

  return (
    <PageShell>
      <View className="wish-wall__list">
        <PagedList
          list={list}
          empty={{ title: '没有待审核的单位', hint: '单位登记后会出现在这里' }}
          render={(u) => (
            <View key={u.id} className="wish-wall__board" data-testid="unit-card">
              <Text className="wish-wall__board-title">{u.name}</Text>
              <Text>{`${u.kindName} · 联系人 ${u.contactName} ${u.phone}`}</Text>
              <Button type="primary" block data-testid="unit-verify" onClick={() => void review(u, 'verify')}>
                审核通过
              </Button>
              <Button block onClick={() => void review(u, 'reject')}>
                驳回
              </Button>
            </View>
          )}
        />
      </View>
    </PageShell>
  );
}
