import { Text, View } from '@tarojs/components';
import { LIMITS } from '../../../../types/limits';
import type { MenuView } from '../../../../types/views';
import AddressInput from '../../../components/address-input';
import CategoryChoices from '../../../components/category-choices';
import CategoryFields from '../../../components/category-fields';
import Chips from '../../../components/chips';
import DateTimeField from '../../../components/date-time-field';
import Field, { FieldError } from '../../../components/field';
import PhoneInput from '../../../components/phone-input';
import PhotoPicker from '../../../components/photo-picker';
import TextArea from '../../../components/text-area';
import TextInput from '../../../components/text-input';
import { URGENCY_LABEL } from '../../../utils/labels';
import type { SubmitDraft } from './useSubmitDraft';

const URGENCIES = ['normal', 'urgent', 'life_threatening'] as const;

export interface SubmitFieldsProps {
  draft: SubmitDraft;
  menu: MenuView;
  /** Shows the emergency numbers again. */
  onShowPrompt: () => void;
}

/** The 点单 form's fields, each a card with its label, hint and message. */
export default function SubmitFields({ draft, menu, onShowPrompt }: SubmitFieldsProps) {
  const { values: f, errors: e, set } = draft;
  return (
    <>
      <Field card name="urgency" label="情况紧急吗？" error={e.urgency}>
        <Chips
          label="情况紧急吗？"
          options={URGENCIES.map((u) => ({ value: u, label: URGENCY_LABEL[u], testId: `urgency-${u}`, tone: u === 'life_threatening' ? 'danger' : undefined }))}
          value={f.urgency}
          onChange={draft.chooseUrgency}
        />
        {f.urgency === 'life_threatening' && (
          <Text className="submit__urgent-note" onClick={onShowPrompt}>
            请先拨打 120 / 110 求救。点此再看求救电话
          </Text>
        )}
      </Field>
      <Field card name="categoryId" label="需要什么服务" required error={e.categoryId}>
        <CategoryChoices categories={menu.categories.filter((c) => c.active)} value={f.categoryId} onChange={(id) => set('categoryId', id ?? '')} />
      </Field>
      <CategoryFields fields={draft.questions} value={f.answers ?? {}} errors={e} onChange={draft.setAnswer} />
      <Field card name="title" label="需求标题" required error={e.title}>
        <TextInput testId="input-title" label="需求标题" value={f.title} maxLength={LIMITS.title.max} invalid={!!e.title} placeholder="一句话说清楚，如：厨房水龙头漏水" onChange={(v) => set('title', v)} />
      </Field>
      <Field card name="description" label="详细描述" hint="选填：什么情况、持续多久、需要几个人帮忙" error={e.description}>
        <TextArea testId="input-description" label="详细描述" value={f.description} maxLength={LIMITS.description.max} rows={4} invalid={!!e.description} placeholder="请写清楚需要帮什么忙" onChange={(v) => set('description', v)} />
      </Field>
      <Field card name="photos" label="照片" hint={`选填，最多${LIMITS.photos.max}张，拍清楚问题所在`} error={e.photos}>
        <PhotoPicker value={f.photos} onChange={(v) => set('photos', v)} max={LIMITS.photos.max} onBusyChange={draft.setUploading} />
      </Field>
      <Field card name="address" label="在哪里" required hint="填写楼栋门牌（单元、门牌号可不填），或选择所在网格" error={e.address}>
        <AddressInput value={f} errors={e} invalid={!!e.address} onChange={(part, v) => set(part, v)} />
        {menu.grids.length > 0 && (
          <View className="submit__group">
            <Text className="submit__group-name">所在网格（不清楚可不选）</Text>
            <Chips
              clearable
              label="所在网格"
              options={menu.grids.map((g) => ({ value: g.id, label: g.name, testId: 'grid-option', dataId: g.id }))}
              value={f.gridId}
              onChange={(g) => set('gridId', g)}
            />
          </View>
        )}
        <FieldError name="gridId" message={e.gridId} />
      </Field>
      <Field card name="preferredTime" label="希望什么时候来" hint="选填，不选就是尽快安排" error={e.preferredTime}>
        <DateTimeField value={f.preferredTime} onChange={(v) => set('preferredTime', v)} testId="preferred-time" />
      </Field>
      <Field card name="contactName" label="联系人" required error={e.contactName}>
        <TextInput testId="input-contact-name" label="联系人" value={f.contactName} maxLength={LIMITS.contactName.max} invalid={!!e.contactName} placeholder="怎么称呼您" onChange={(v) => set('contactName', v)} />
      </Field>
      <Field card name="contactPhone" label="联系电话" required hint="只有社区和为您服务的党员能看到完整号码" error={e.contactPhone}>
        <PhoneInput testId="input-contact-phone" label="联系电话" value={f.contactPhone} invalid={!!e.contactPhone} onChange={(v) => set('contactPhone', v)} />
      </Field>
    </>
  );
}
