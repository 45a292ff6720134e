import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { LIMITS } from '../../../../types/limits';
import DateTimeField from '../../../components/date-time-field';
import PageShell from '../../../components/page-shell';
import PhotoPicker from '../../../components/photo-picker';
import TextArea from '../../../components/text-area';
import TextInput from '../../../components/text-input';
import { ApiError, call } from '../../../services/api';
import { useSession } from '../../../services/session';
import { go, ROUTES } from '../../../utils/routes';
import { toast } from '../../../utils/toast';
import './index.scss';

/** 发布微心愿 (staff and grid workers): the wall shows the beneficiary only as 社区 · 标签, never a name or a door. */
export default function WishPost() {
  const { communityId } = useSession();
  const [f, setF] = useState({ tag: '', title: '', story: '', value: '', photos: [] as string[] });
  const [releaseAt, setReleaseAt] = useState<string | null>(null);
  const [deadline, setDeadline] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => setF((x) => ({ ...x, [k]: v }));

  async function submit() {
    if (!communityId || !deadline) return toast.info('请选择截止时间');
    try {
      const wish = await call('wish.post', {
        communityId, beneficiaryTag: f.tag.trim(), title: f.title.trim(), story: f.story.trim(), photos: f.photos,
        value: Number(f.value), releaseAt: releaseAt ?? new Date().toISOString(), deadline,
      });
      toast.success('已发布');
      setTimeout(() => void Taro.redirectTo({ url: `${ROUTES.wish}?id=${wish.id}` }), 600);
    } catch (e) {
      if (e instanceof ApiError && e.fields) setErrors(e.fields);
      toast.error(e);
    }
  }

  return (
    <PageShell>
      <View className="wish-post" data-testid="wish-post">
        <Text className="wish-post__lead">心愿墙上只显示“社区 · 标签”，请勿在标签、名称和故事里写居民姓名或门牌号。</Text>
        <TextInput label="受助对象标签" value={f.tag} onChange={(v) => set('tag', v)} maxLength={LIMITS.beneficiaryTag.max} placeholder="如：独居老人、残障人士" invalid={!!errors.beneficiaryTag} testId="wish-tag" />
        <TextInput label="心愿名称" value={f.title} onChange={(v) => set('title', v)} maxLength={LIMITS.title.max} placeholder="如：想要一台收音机" invalid={!!errors.title} testId="wish-title" />
        <TextArea label="心愿故事" value={f.story} onChange={(v) => set('story', v)} maxLength={LIMITS.story.max} placeholder="心愿背后的故事，不写姓名和门牌号" invalid={!!errors.story} testId="wish-story" />
        <TextInput label="估值（元）" type="number" value={f.value} onChange={(v) => set('value', v)} placeholder="不超过社区规定的上限" invalid={!!errors.value} testId="wish-value" />
        {errors.value && <Text className="wish-post__error">{errors.value}</Text>}
        <PhotoPicker value={f.photos} onChange={(v) => set('photos', v)} max={LIMITS.photos.max} onBusyChange={setBusy} />
        <Text>发布时间（不选即立即发布）</Text>
        <DateTimeField value={releaseAt} onChange={setReleaseAt} testId="wish-release" />
        <Text>截止时间</Text>
        <DateTimeField value={deadline} onChange={setDeadline} testId="wish-deadline" />
        <Button type="primary" size="xlarge" block data-testid="wish-post-button" onClick={() => (busy ? toast.info('照片还在上传，请稍候') : void submit())}>
          发布心愿
        </Button>
        <Button size="large" block onClick={() => go(ROUTES.wishManage)}>
          查看已发布的心愿
        </Button>
      </View>
    </PageShell>
  );
}
