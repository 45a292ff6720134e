import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { useState } from 'react';
import type { ActionInput, ActionName } from '../../../../types/actions';
import type { WishView } from '../../../../types/wishes';
import Chips from '../../../components/chips';
import FactList, { Fact } from '../../../components/fact-list';
import PageShell from '../../../components/page-shell';
import { useRequest } from '../../../hooks/useRequest';
import { ApiError, call } from '../../../services/api';
import { useSession } from '../../../services/session';
import { photoUrl } from '../../../utils/photos';
import { wishShare } from '../../../utils/share';
import { toast } from '../../../utils/toast';
import { formatTime } from '../../../utils/time';
import { wishStateLabel } from '../shared/labels';
import { ConfirmForm, DeliverForm, RepostForm } from './forms';
import './index.scss';

type Step = 'wish.claim' | 'wish.release' | 'wish.deliver' | 'wish.confirm' | 'wish.repost';

/** 微心愿: the story, for whom (by label only), who took it; claim it as oneself or one's unit, deliver, confirm. */
export default function WishPage() {
  const { id = '' } = useRouter().params;
  const { me, communityId } = useSession();
  const [asUnit, setAsUnit] = useState('');
  const units = useRequest(() => (communityId ? call('unit.list', { communityId, status: 'verified' }) : Promise.resolve({ items: [], nextCursor: null })), [communityId]);
  const mine = (units.data?.items ?? []).filter((u) => me && u.contactIds.includes(me.userId));
  const wish = useRequest(() => call('wish.get', { wishId: id, unitId: asUnit || undefined }), [id, asUnit]);
  const w = wish.data;
  useShareAppMessage(() => wishShare(id, w?.title, me?.communities.find((c) => c.id === w?.communityId)?.name));

  async function run<A extends Step>(action: A, data: Omit<ActionInput<A>, 'wishId' | 'unitId'>, done: string) {
    try {
      wish.setData(await call(action as ActionName, { ...data, wishId: id, unitId: asUnit || undefined } as never) as WishView);
      toast.success(done);
    } catch (e) {
      toast.error(e);
      if (e instanceof ApiError && ['WISH.TAKEN', 'WISH.CONFLICT', 'WISH.INVALID_TRANSITION'].includes(e.code)) void wish.reload();
    }
  }

  if (!w) return <PageShell loading={wish.loading} error={wish.error} onRetry={wish.reload} />;
  const can = (c: WishView['actions'][number]) => w.actions.includes(c);
  return (
    <PageShell>
      <View className="wish" data-testid="wish-page">
        <View className="wish__head">
          <Text className="wish__title">{w.title}</Text>
          <Text className="wish__state" data-testid="wish-state">{wishStateLabel(w)}</Text>
        </View>
        <Text className="wish__story">{w.story}</Text>
        {w.photoUrls.map((url) => (
          <Image key={url} className="wish__photo" src={photoUrl(url)} mode="aspectFill" />
        ))}
        <FactList>
          <Fact label="心愿对象" value={w.beneficiary} />
          <Fact label="估值" value={`约 ${w.value} 元`} />
          <Fact label="发布时间" value={formatTime(w.releaseAt)} />
          <Fact label="截止时间" value={formatTime(w.deadline)} />
          {w.claimer && <Fact label="认领" value={w.claimer.kind === 'unit' ? `${w.claimer.name}（单位）` : w.claimer.name} />}
          {w.thanks && <Fact label="受助居民说" value={w.thanks} />}
        </FactList>
        {w.delivery && (
          <View className="wish__form">
            <Text className="wish__form-title">送达情况</Text>
            <Text>{w.delivery.note}</Text>
            {w.delivery.photoUrls.map((url) => (
              <Image key={url} className="wish__photo" src={photoUrl(url)} mode="aspectFill" />
            ))}
          </View>
        )}
        {mine.length > 0 && (
          <Chips
            label="认领身份"
            options={[{ value: '', label: '以个人名义' }, ...mine.map((u) => ({ value: u.id, label: u.name }))]}
            value={asUnit}
            onChange={setAsUnit}
            testId="wish-as"
          />
        )}
        {can('claim') && (
          <Button type="primary" size="xlarge" block data-testid="wish-claim" onClick={() => void run('wish.claim', {}, '认领成功，请在截止前送达')}>
            认领这个心愿
          </Button>
        )}
        {can('deliver') && <DeliverForm onSubmit={(note, photos) => run('wish.deliver', { note, photos }, '已提交，等待社区确认')} />}
        {can('release') && (
          <Button size="large" block onClick={() => void run('wish.release', {}, '已放弃认领')}>
            放弃认领
          </Button>
        )}
        {can('confirm') && <ConfirmForm onSubmit={(thanks) => run('wish.confirm', { thanks: thanks || undefined }, '心愿已实现')} />}
        {can('repost') && <RepostForm onSubmit={(releaseAt, deadline) => run('wish.repost', { releaseAt, deadline }, '已重新发布')} />}
      </View>
    </PageShell>
  );
}
