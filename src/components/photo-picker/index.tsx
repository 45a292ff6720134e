import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { produce } from 'immer';
import { useState } from 'react';
import { uploadPhoto } from '../../services/api';
import { useSession } from '../../services/session';
import { toast } from '../../utils/toast';
import { pickPhotos } from './pick';
import './index.scss';

export interface PhotoPickerProps {
  /** Uploaded photo ids. */
  value: string[];
  onChange: (ids: string[]) => void;
  /** At most this many photos (6 for an order). */
  max?: number;
  /** Tells the form whether an upload is still running, so it is not submitted half done. */
  onBusyChange?: (busy: boolean) => void;
}

interface Pending {
  path: string;
  percent: number;
}

/**
 * Choose photos (compressed on the phone), see each upload's progress, tap to preview, remove with ×. Previews show the
 * chosen file itself: stored photos are private, shown only through the URLs an order's view carries.
 */
export default function PhotoPicker({ value, onChange, max = 6, onBusyChange }: PhotoPickerProps) {
  const { communityId } = useSession();
  const [pending, setPending] = useState<Pending[]>([]);
  const [previews, setPreviews] = useState<Record<string, string>>({});
  const preview = (id: string) => previews[id] ?? '';

  async function choose() {
    const room = max - value.length - pending.length;
    if (room <= 0) return toast.info(`最多上传${max}张图片`);
    const paths = await pickPhotos(room);
    if (paths.length === 0) return;
    setPending((p) => [...p, ...paths.map((path) => ({ path, percent: 0 }))]);
    onBusyChange?.(true);
    let ids = value;
    for (const path of paths) {
      try {
        const id = await uploadPhoto(path, communityId, (percent) =>
          setPending((p) => produce(p, (d) => void (d.find((x) => x.path === path)!.percent = percent))),
        );
        setPreviews((p) => ({ ...p, [id]: path }));
        ids = [...ids, id];
        onChange(ids);
      } catch (e) {
        toast.error(e);
      } finally {
        setPending((p) => p.filter((x) => x.path !== path));
      }
    }
    onBusyChange?.(false);
  }

  return (
    <View className="photo-picker">
      {value.map((id) => (
        <View key={id} className="photo-picker__item">
          <Image className="photo-picker__img" src={preview(id)} mode="aspectFill" nativeProps={{ alt: '已选图片' }} onClick={() => Taro.previewImage({ urls: value.map(preview), current: preview(id) })} />
          <Text className="photo-picker__remove" aria-label="删除图片" onClick={() => onChange(value.filter((x) => x !== id))}>
            ×
          </Text>
        </View>
      ))}
      {pending.map((p) => (
        <View key={p.path} className="photo-picker__item photo-picker__item--pending">
          <Text className="photo-picker__progress">{p.percent}%</Text>
        </View>
      ))}
      {value.length + pending.length < max && (
        <View className="photo-picker__add" onClick={choose} aria-label="添加图片">
          <Text className="photo-picker__plus">+</Text>
          <Text className="photo-picker__hint">
            {value.length}/{max}
          </Text>
        </View>
      )}
    </View>
  );
}
