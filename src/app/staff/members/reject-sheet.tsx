import { Button, Popup } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { FieldErrors } from '../../../../types/errors';
import { LIMITS } from '../../../../types/limits';
import type { MemberView } from '../../../../types/views';
import Field from '../../../components/field';
import TextArea from '../../../components/text-area';
import { ApiError } from '../../../services/api';
import { errorFor } from '../../../utils/rules';
import { toast } from '../../../utils/toast';

export interface RejectSheetProps {
  member: MemberView | null;
  onClose: () => void;
  onSubmit: (note: string) => Promise<void>;
}

/** 驳回 needs a note: the applicant reads it and can register again. */
export default function RejectSheet({ member, onClose, onSubmit }: RejectSheetProps) {
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  if (!member) return null;

  async function submit() {
    if (!note.trim()) return setErrors({ note: '驳回时请填写原因' });
    setErrors({});
    setBusy(true);
    try {
      await onSubmit(note.trim());
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fields);
      toast.error(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Popup visible position="bottom" round closeable title={`驳回${member.realName}的报到`} onClose={onClose}>
      <View className="members__sheet" data-testid="reject-sheet">
        <Text className="members__hint">党员会看到驳回原因，可以修改后重新报到。</Text>
        <Field label="驳回原因" name="note" error={errorFor(errors, 'note')}>
          <TextArea
            testId="reject-note"
            label="驳回原因"
            value={note}
            maxLength={LIMITS.reviewNote.max}
            rows={3}
            invalid={!!errors.note}
            placeholder="例如：工作单位与组织关系不符，请核实后重新报到"
            onChange={(v) => {
              setNote(v);
              if (v.trim()) setErrors({});
            }}
          />
        </Field>
        <View className="members__actions">
          <Button size="large" onClick={onClose}>
            再想想
          </Button>
          <Button size="large" type="primary" loading={busy} disabled={busy} data-testid="reject-submit" onClick={submit}>
            确认驳回
          </Button>
        </View>
      </View>
    </Popup>
  );
}
