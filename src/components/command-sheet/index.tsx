import { Button, Popup } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { OrderDetail } from '../../../types/views';
import { useCommandForm } from '../../hooks/useCommandForm';
import { ApiError } from '../../services/api';
import { SPECS, type FormValues } from '../../services/order-commands';
import { toast } from '../../utils/toast';
import CommandFields from './fields';
import { role } from '../../utils/a11y';
import './index.scss';

export { default as CommandFields } from './fields';

export interface CommandSheetProps {
  /** The command being asked for; null hides the sheet. */
  command: keyof typeof SPECS | null;
  onClose: () => void;
  /** Sends it; rejects with an ApiError whose field messages are shown beside the fields. */
  onSubmit: (command: keyof typeof SPECS, values: FormValues) => Promise<void>;
  /** The order it is for, when a field needs it (recall: its holders; reassign: its community's members). */
  order?: OrderDetail;
}

/** The sheet that asks what a command needs (a reason, a note with photos, stars…) and sends it. */
export default function CommandSheet({ command, onClose, onSubmit, order }: CommandSheetProps) {
  const form = useCommandForm(command);
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);
  if (!command) return null;
  const spec = SPECS[command];

  async function submit() {
    if (!form.check()) return;
    if (uploading) return toast.info('图片还在上传，请稍候');
    setBusy(true);
    try {
      await onSubmit(command!, form.values);
    } catch (e) {
      if (e instanceof ApiError && Object.keys(e.fields).length) form.show(e.fields);
      toast.error(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Popup visible position="bottom" round closeable onClose={onClose} title={spec.title}>
      <View className="command-sheet" data-testid="command-sheet" {...role('region', true)} aria-label={spec.title}>
        {spec.hint && <Text className="command-sheet__hint">{spec.hint}</Text>}
        <CommandFields command={command} form={form} onBusyChange={setUploading} order={order} />
        <View className="command-sheet__buttons">
          <Button size="large" onClick={onClose}>
            再想想
          </Button>
          <Button size="large" type="primary" loading={busy} disabled={busy} onClick={submit}>
            {spec.confirmText}
          </Button>
        </View>
      </View>
    </Popup>
  );
}
