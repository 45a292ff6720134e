import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { DiaryPage, VisitView } from '../../../../../types/visits';
import EmptyState from '../../../../components/empty-state';
import PagedList from '../../../../components/paged-list';
import PageShell from '../../../../components/page-shell';
import { usePageList } from '../../../../hooks/usePageList';
import { usePaged } from '../../../../hooks/usePaged';
import { call } from '../../../../services/api';
import { go, openOrder, ROUTES } from '../../../../utils/routes';
import { local } from '../../../../utils/time';
import { dueText, scheduleText, submitForQuery } from '../labels';
import VisitForm from './visit-form';
import '../index.scss';

/** 民情日记 of one record: where its visits stand, 记一次走访, and its visits newest first; a need becomes a 代点单. */
export default function DiaryPage() {
  const { id } = useRouter().params;
  if (!id) {
    return (
      <PageShell>
        <EmptyState title="没有找到这位居民" hint="请从民情日记的走访名单进入" actionText="返回名单" onAction={() => go(ROUTES.visits)} />
      </PageShell>
    );
  }
  return <Diary residentId={id} />;
}

function Diary({ residentId }: { residentId: string }) {
  const [resident, setResident] = useState<DiaryPage['resident'] | null>(null);
  const [logging, setLogging] = useState(false);
  const list = usePaged<VisitView, DiaryPage>((cursor) => call('visit.list', { residentId, cursor, limit: 20 }), [residentId], (p) => setResident(p.resident));
  usePageList(list);

  function logged() {
    setLogging(false);
    Taro.showToast({ title: '已保存', icon: 'success' });
    void list.refresh();
  }

  const footer = resident && (
    <View className="visits__bar">
      <Button type="primary" size="xlarge" block data-testid="visit-new" onClick={() => setLogging(true)}>
        记一次走访
      </Button>
    </View>
  );
  return (
    <PageShell error={!resident ? list.error : null} onRetry={list.refresh} footer={footer}>
      {resident && (
        <View className="visits__card" data-testid="diary-head">
          <View className="visits__head">
            <Text className="visits__name">{resident.name}</Text>
            <Text className={`visits__due visits__due--${resident.schedule.status}`}>{dueText(resident.schedule)}</Text>
          </View>
          <Text className="visits__line">{[resident.gridName, resident.building].filter(Boolean).join(' · ') || '未分网格'}</Text>
          <Text className="visits__line">{scheduleText(resident.schedule)}</Text>
          <View className="visits__tags">
            {resident.tags.map((t) => (
              <Text key={t} className="visits__tag">
                {t}
              </Text>
            ))}
          </View>
        </View>
      )}
      <PagedList
        list={list}
        empty={{ title: '还没有走访记录', hint: '上门或电话走访后，点下方“记一次走访”记下情况' }}
        render={(v) => <VisitCard key={v.id} visit={v} resident={resident} />}
      />
      <View className="visits__spacer" />
      {logging && resident && <VisitForm residentId={residentId} name={resident.name} onClose={() => setLogging(false)} onLogged={logged} />}
    </PageShell>
  );
}

function VisitCard({ visit: v, resident }: { visit: VisitView; resident: DiaryPage['resident'] | null }) {
  return (
    <View className="visits__card" data-testid="visit-card">
      <View className="visits__head">
        <Text className="visits__name">{local(v.at).format('M月D日')} {v.wayName}</Text>
        <Text className="visits__line">{v.loggedByName ?? ''}</Text>
      </View>
      <Text className="visits__text">{v.found}</Text>
      {v.needs && <Text className="visits__text">需求：{v.needs}</Text>}
      {v.photoUrls.length > 0 && (
        <View className="visits__photos">
          {v.photoUrls.map((url, i) => (
            <Image key={url} className="visits__photo" src={url} mode="aspectFill" aria-label={`走访照片${i + 1}`} onClick={() => Taro.previewImage({ urls: v.photoUrls, current: url })} />
          ))}
        </View>
      )}
      {v.needs && resident && (
        <View className="visits__actions">
          {v.orderId ? (
            <Button size="large" data-testid="visit-order" onClick={() => openOrder(v.orderId!)}>
              查看代点单
            </Button>
          ) : (
            <Button type="primary" size="large" data-testid="visit-submit-for" onClick={() => go(ROUTES.orderFor, submitForQuery(resident, v))}>
              转为代点单
            </Button>
          )}
        </View>
      )}
    </View>
  );
}
