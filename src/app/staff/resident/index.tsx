import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { RecordAuditAction } from '../../../../types/residents';
import FactList, { Fact } from '../../../components/fact-list';
import PageShell from '../../../components/page-shell';
import { useRequest } from '../../../hooks/useRequest';
import { call } from '../../../services/api';
import { go, ROUTES } from '../../../utils/routes';
import { formatTime } from '../../../utils/time';
import { toast } from '../../../utils/toast';
import '../residents/index.scss';

const AUDIT: Record<RecordAuditAction, string> = { create: '建档', update: '修改', link: '关联微信账号', reveal_phone: '查看完整号码' };
const FIELD: Record<string, string> = { name: '姓名', phone: '电话', address: '住址', gridId: '网格', tags: '标签' };

/** One 居民档案: who they are, the full phone on request (logged), 代点单 for them, and who changed what. */
export default function ResidentPage() {
  const { id = '' } = useRouter().params;
  const detail = useRequest(() => call('resident.get', { residentId: id }), [id]);
  useDidShow(() => void (detail.data && detail.reload()));
  const [phone, setPhone] = useState<string | null>(null);
  const [revealing, setRevealing] = useState(false);
  const r = detail.data?.record;

  async function reveal() {
    setRevealing(true);
    try {
      const { phone: full } = await call('resident.revealPhone', { residentId: id });
      setPhone(full);
      void detail.reload(); // the reveal is now in the record's history
    } catch (e) {
      toast.error(e);
    } finally {
      setRevealing(false);
    }
  }

  const dial = (n: string) => void Taro.makePhoneCall({ phoneNumber: n }).catch(() => undefined);
  return (
    <PageShell loading={!r && detail.loading} error={!r ? detail.error : null} onRetry={detail.reload}>
      {r && (
        <View>
          <View className="residents__card" data-testid="resident-record">
            <Text className="residents__name">{r.name}</Text>
            <FactList>
              <Fact label="电话" value={phone ?? r.phone} testId="resident-phone" onTap={phone ? () => dial(phone) : undefined} />
              {r.address && <Fact label="住址" value={[r.address.building, r.address.unit, r.address.room].filter(Boolean).join(' ')} />}
              {r.gridName && <Fact label="网格" value={r.gridName} />}
              {r.tags.length > 0 && <Fact label="标签" value={r.tags.join('、')} />}
              <Fact label="微信账号" value={r.linkedUserId ? '已关联，本人可在小程序查看需求' : '未关联'} />
            </FactList>
            {r.canAct && (
              <View className="residents__actions">
                {!phone && (
                  <Button size="large" loading={revealing} disabled={revealing} data-testid="reveal-phone" onClick={() => void reveal()}>
                    查看完整号码
                  </Button>
                )}
                <Button type="primary" size="large" data-testid="order-for" onClick={() => go(ROUTES.orderFor, { residentId: r.id })}>
                  代点单
                </Button>
              </View>
            )}
            {r.canAct && <Text className="residents__line">查看完整号码会记入档案记录</Text>}
          </View>
          <View className="residents__card" data-testid="resident-audit">
            <Text className="residents__section">档案记录</Text>
            {detail.data!.audit.map((a) => (
              <Text key={a.id} className="residents__line">
                {formatTime(a.at)} {a.actorName ?? '工作人员'} {AUDIT[a.action]}
                {a.fields.length > 0 ? `：${a.fields.map((f) => FIELD[f] ?? f).join('、')}` : ''}
              </Text>
            ))}
          </View>
        </View>
      )}
    </PageShell>
  );
}
