import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { LIMITS } from '../../../../types/limits';
import type { UnitKind } from '../../../../types/wishes';
import Chips from '../../../components/chips';
import PageShell from '../../../components/page-shell';
import PhoneInput from '../../../components/phone-input';
import TextInput from '../../../components/text-input';
import { useRequest } from '../../../hooks/useRequest';
import { ApiError, call } from '../../../services/api';
import { toast } from '../../../utils/toast';
import CommunityGate from '../../member/shared/community-gate';
import { UNIT_KINDS, UNIT_STATUS_LABEL } from '../shared/labels';
import '../post/index.scss';

/** 单位登记: 驻区单位, 两新组织 and 非公企业 register with the community; the person registering is its contact. */
export default function UnitPage() {
  return <CommunityGate hint="加入社区后，您所在的单位即可登记参与微心愿认领">{(id) => <Unit communityId={id} />}</CommunityGate>;
}

function Unit({ communityId }: { communityId: string }) {
  const units = useRequest(() => call('unit.list', { communityId }), [communityId]);
  const [f, setF] = useState({ name: '', contactName: '', phone: '' });
  const [kind, setKind] = useState<UnitKind>('resident_unit');
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit() {
    try {
      await call('unit.register', { communityId, kind, name: f.name.trim(), contactName: f.contactName.trim(), phone: f.phone.trim() });
      toast.success('已提交，等待社区审核');
      setF({ name: '', contactName: '', phone: '' });
      void units.reload();
    } catch (e) {
      if (e instanceof ApiError && e.fields) setErrors(e.fields);
      toast.error(e);
    }
  }

  return (
    <PageShell>
      <View className="wish-post" data-testid="unit-page">
        {(units.data?.items ?? []).map((u) => (
          <Text key={u.id} className="wish-post__lead" data-testid="my-unit">
            {`${u.name}（${u.kindName}）· ${UNIT_STATUS_LABEL[u.status]}${u.reviewNote ? `：${u.reviewNote}` : ''}`}
          </Text>
        ))}
        <Text className="wish-post__lead">单位通过社区审核后，联系人可在心愿墙以单位名义认领微心愿，单位会出现在爱心榜上。</Text>
        <Chips label="单位类型" options={UNIT_KINDS} value={kind} onChange={setKind} testId="unit-kind" />
        <TextInput label="单位名称" value={f.name} onChange={(name) => setF((x) => ({ ...x, name }))} maxLength={LIMITS.unitName.max} placeholder="单位全称" invalid={!!errors.name} testId="unit-name" />
        <TextInput label="联系人" value={f.contactName} onChange={(contactName) => setF((x) => ({ ...x, contactName }))} maxLength={LIMITS.contactName.max} placeholder="联系人姓名" invalid={!!errors.contactName} testId="unit-contact" />
        <PhoneInput label="联系电话" value={f.phone} onChange={(phone) => setF((x) => ({ ...x, phone }))} invalid={!!errors.phone} testId="unit-phone" />
        {errors.phone && <Text className="wish-post__error">{errors.phone}</Text>}
        <Button type="primary" size="xlarge" block data-testid="unit-register" onClick={() => void submit()}>
          提交登记
        </Button>
      </View>
    </PageShell>
  );
}
