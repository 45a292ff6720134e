import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { followBuilding } from '../../../../types/grids';
import { LIMITS } from '../../../../types/limits';
import AddressInput from '../../../components/address-input';
import Chips from '../../../components/chips';
import Field from '../../../components/field';
import PageShell from '../../../components/page-shell';
import PhoneInput from '../../../components/phone-input';
import TextInput from '../../../components/text-input';
import { useForm } from '../../../hooks/useForm';
import { useRequest } from '../../../hooks/useRequest';
import { ApiError, call } from '../../../services/api';
import { useSession } from '../../../services/session';
import { collect, phoneError, textError } from '../../../utils/rules';
import { ROUTES } from '../../../utils/routes';
import { toast } from '../../../utils/toast';
import '../residents/index.scss';

interface Values {
  name: string;
  phone: string;
  building: string;
  unit: string;
  room: string;
  gridId: string | null;
  tags: string[];
}

const validate = (v: Values) =>
  collect([
    ['name', textError(v.name, '姓名', LIMITS.contactName)],
    ['phone', phoneError(v.phone, '电话')],
    ['address.building', textError(v.building, '楼栋', LIMITS.building, false)],
  ]);

/** 新建居民档案: a resident who cannot use the app, in one of the caller's grids (staff: any, or none). */
export default function ResidentNewPage() {
  const { me, communityId } = useSession();
  const menu = useRequest(() => call('menu.get', { communityId: communityId! }), [communityId]);
  const form = useForm<Values>({ name: '', phone: '', building: '', unit: '', room: '', gridId: null, tags: [] }, { validate });
  const [busy, setBusy] = useState(false);
  const staff = !!me?.roles.some((r) => (r.role === 'staff' || r.role === 'admin') && r.communityId === communityId);
  const mine = new Set(me?.grids.filter((g) => g.communityId === communityId).map((g) => g.gridId));
  const grids = (menu.data?.grids ?? []).filter((g) => staff || mine.has(g.id));
  const { values: v, errors: e, set } = form;

  async function save() {
    if (!form.check()) return;
    setBusy(true);
    try {
      const address = v.building.trim() ? { building: v.building, unit: v.unit || null, room: v.room || null } : null;
      const made = await call('resident.create', { communityId: communityId!, name: v.name, phone: v.phone, address, gridId: v.gridId ?? grids[0]?.id ?? null, tags: v.tags });
      toast.success('档案已建立');
      void Taro.redirectTo({ url: `${ROUTES.resident}?id=${made.id}` });
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length) form.show(err.fields);
      toast.error(err);
    } finally {
      setBusy(false);
    }
  }

  const toggle = (t: string) => set('tags', v.tags.includes(t) ? v.tags.filter((x) => x !== t) : [...v.tags, t]);
  return (
    <PageShell loading={!menu.data && menu.loading} error={!menu.data ? menu.error : null} onRetry={menu.reload}>
      <View className="residents__form" data-testid="resident-form">
        <Field card name="name" label="姓名" required error={e.name}>
          <TextInput testId="input-name" label="姓名" value={v.name} maxLength={LIMITS.contactName.max} invalid={!!e.name} placeholder="居民的姓名" onChange={(x) => set('name', x)} />
        </Field>
        <Field card name="phone" label="电话" required hint="本人或家属的电话，只有社区和本网格网格员能查看完整号码" error={e.phone}>
          <PhoneInput testId="input-phone" label="电话" value={v.phone} invalid={!!e.phone} onChange={(x) => set('phone', x)} />
        </Field>
        <Field card name="address" label="住址" optional error={e['address.building']}>
          <AddressInput value={v} errors={e} onChange={(part, x) => (part === 'building' ? form.update({ building: x, gridId: followBuilding(grids, v.building, x, v.gridId) }) : set(part, x))} />
        </Field>
        {grids.length > 0 && (
          <Field card name="gridId" label="所在网格" required={!staff} error={e.gridId}>
            <Chips clearable={staff} label="所在网格" options={grids.map((g) => ({ value: g.id, label: g.name }))} value={v.gridId ?? (staff ? null : grids[0].id)} onChange={(g) => set('gridId', g)} />
          </Field>
        )}
        <Field card name="tags" label="居民标签" optional error={e.tags}>
          <Chips multiple label="居民标签" testId="input-tags" options={(menu.data?.residentTags ?? []).map((t) => ({ value: t, label: t }))} value={v.tags} onChange={toggle} />
        </Field>
        <View className="residents__foot">
          <Button type="primary" size="xlarge" block loading={busy} disabled={busy} data-testid="resident-save" onClick={() => void save()}>
            保存档案
          </Button>
        </View>
      </View>
    </PageShell>
  );
}
