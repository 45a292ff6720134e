import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { LIMITS } from '../../../../types/limits';
import type { TopicLevel } from '../../../../types/topics';
import Chips from '../../../components/chips';
import PageShell from '../../../components/page-shell';
import PhotoPicker from '../../../components/photo-picker';
import TextArea from '../../../components/text-area';
import TextInput from '../../../components/text-input';
import { ApiError, call } from '../../../services/api';
import { useSession } from '../../../services/session';
import { ROUTES } from '../../../utils/routes';
import { toast } from '../../../utils/toast';

const LEVELS: { value: TopicLevel; label: string }[] = [
  { value: 'community', label: '社区' },
  { value: 'street', label: '街道' },
];

/** 问: raise a shared problem; with enough co-signs it goes on the agenda (staff's go there at once). */
export default function TopicRaise() {
  const { communityId } = useSession();
  const [f, setF] = useState({ title: '', problem: '', place: '', level: 'community' as TopicLevel, photos: [] as string[] });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => setF((x) => ({ ...x, [k]: v }));

  async function submit() {
    if (!communityId) return toast.info('请先加入您居住的社区');
    try {
      const topic = await call('topic.raise', { communityId, level: f.level, title: f.title.trim(), problem: f.problem.trim(), place: f.place.trim(), photos: f.photos });
      toast.success('已提交，转发给邻居一起联名吧');
      setTimeout(() => void Taro.redirectTo({ url: `${ROUTES.topic}?id=${topic.id}` }), 600);
    } catch (e) {
      if (e instanceof ApiError && e.fields) setErrors(e.fields);
      toast.error(e);
    }
  }

  return (
    <PageShell>
      <View className="wish-post" data-testid="topic-raise-form">
        <Text>小区里的共性问题，达到联名人数后社区会组织议事。</Text>
        <TextInput label="议题" value={f.title} onChange={(v) => set('title', v)} maxLength={LIMITS.title.max} placeholder="如：三号楼楼道灯不亮" invalid={!!errors.title} testId="topic-title" />
        <TextArea label="问题描述" value={f.problem} onChange={(v) => set('problem', v)} maxLength={LIMITS.problem.max} placeholder="哪里不方便、影响了谁" invalid={!!errors.problem} testId="topic-problem" />
        <TextInput label="地点" value={f.place} onChange={(v) => set('place', v)} maxLength={LIMITS.place.max} placeholder="如：三号楼二单元" invalid={!!errors.place} testId="topic-place" />
        <Chips label="提交到" options={LEVELS} value={f.level} onChange={(v) => set('level', v)} testId="topic-level" />
        <PhotoPicker value={f.photos} onChange={(v) => set('photos', v)} max={LIMITS.photos.max} onBusyChange={setBusy} />
        <Button type="primary" size="xlarge" block data-testid="topic-submit" onClick={() => (busy ? toast.info('照片还在上传，请稍候') : void submit())}>
          提交议题
        </Button>
      </View>
    </PageShell>
  );
}
