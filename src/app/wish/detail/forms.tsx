import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { LIMITS } from '../../../../types/limits';
import DateTimeField from '../../../components/date-time-field';
import PhotoPicker from '../../../components/photo-picker';
import TextArea from '../../../components/text-area';
import { toast } from '../../../utils/toast';

export interface DeliverFormProps {
  /** Sends the note and the photos; the page shows the outcome. */
  onSubmit: (note: string, photos: string[]) => Promise<void>;
}

/** 送达: a note and at least one photo of the wish handed over. */
export function DeliverForm({ onSubmit }: DeliverFormProps) {
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  function submit() {
    if (busy) return toast.info('照片还在上传，请稍候');
    if (!note.trim() || photos.length === 0) return toast.info('请填写送达说明并上传送达照片');
    void onSubmit(note.trim(), photos);
  }
  return (
    <View className="wish__form" data-testid="deliver-form">
      <Text className="wish__form-title">送达心愿</Text>
      <TextArea label="送达说明" value={note} onChange={setNote} maxLength={LIMITS.note.max} placeholder="例如：已把收音机送到老人家中" testId="deliver-note" />
      <PhotoPicker value={photos} onChange={setPhotos} max={3} onBusyChange={setBusy} />
      <Button type="primary" block data-testid="deliver-button" onClick={submit}>
        确认送达
      </Button>
    </View>
  );
}

export interface ConfirmFormProps {
  /** Sends the beneficiary's thanks (may be empty). */
  onSubmit: (thanks: string) => Promise<void>;
}

/** Staff confirm the wish realised, with the beneficiary's thanks if any. */
export function ConfirmForm({ onSubmit }: ConfirmFormProps) {
  const [thanks, setThanks] = useState('');
  return (
    <View className="wish__form" data-testid="confirm-form">
      <Text className="wish__form-title">确认心愿已实现</Text>
      <TextArea label="受助居民的感谢（选填）" value={thanks} onChange={setThanks} maxLength={LIMITS.thanks.max} placeholder="例如：谢谢党员同志" testId="wish-thanks" />
      <Button type="primary" block data-testid="confirm-button" onClick={() => void onSubmit(thanks.trim())}>
        确认已实现
      </Button>
    </View>
  );
}

export interface RepostFormProps {
  /** Sends the new release time and deadline. */
  onSubmit: (releaseAt: string, deadline: string) => Promise<void>;
}

/** Staff post a returned wish again. */
export function RepostForm({ onSubmit }: RepostFormProps) {
  const [releaseAt, setReleaseAt] = useState<string | null>(null);
  const [deadline, setDeadline] = useState<string | null>(null);
  return (
    <View className="wish__form" data-testid="repost-form">
      <Text className="wish__form-title">重新发布</Text>
      <Text>发布时间（不选即立即发布）</Text>
      <DateTimeField value={releaseAt} onChange={setReleaseAt} testId="repost-release" />
      <Text>截止时间</Text>
      <DateTimeField value={deadline} onChange={setDeadline} testId="repost-deadline" />
      <Button type="primary" block onClick={() => (deadline ? void onSubmit(releaseAt ?? new Date().toISOString(), deadline) : toast.info('请选择截止时间'))}>
        重新发布
      </Button>
    </View>
  );
}
