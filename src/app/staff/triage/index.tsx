import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { MenuView, OrderDetail } from '../../../../types/views';
import { CommandFields } from '../../../components/command-sheet';
import EmptyState from '../../../components/empty-state';
import PageShell from '../../../components/page-shell';
import QueueTabs from '../../../components/queue-tabs';
import { useRequest } from '../../../hooks/useRequest';
import { call } from '../../../services/api';
import { SPECS } from '../../../services/order-commands';
import { ROUTES } from '../../../utils/routes';
import PlanFields from './plan-fields';
import Summary from './summary';
import { useTriage, type Segment } from './useTriage';
import './index.scss';

const SUBMIT_TEXT: Record<Segment, string> = { dispatch: '发布到接单大厅', assign: '确认指派', reject: SPECS.reject.confirmText, escalate: SPECS.escalate.confirmText };

/** 受理派单: staff read the order and dispatch it to the pool, assign it, decline it or escalate it. */
export default function TriagePage() {
  const { id = '', mode } = useRouter().params;
  const data = useRequest(async () => {
    const order = await call('order.detail', { orderId: id });
    const menu = await call('menu.get', { communityId: order.communityId });
    return { order, menu };
  }, [id]);
  if (!data.data) return <PageShell loading={data.loading} error={data.error} onRetry={data.reload} />;
  return <Triage order={data.data.order} menu={data.data.menu} initial={mode as Segment | undefined} reload={data.reload} />;
}

interface TriageProps {
  order: OrderDetail;
  menu: MenuView;
  initial?: Segment;
  reload: () => Promise<void>;
}

function Triage({ order, menu, initial, reload }: TriageProps) {
  const t = useTriage(order, menu, initial, reload);
  const { segment } = t;
  const footer = segment && (
    <View className="triage__bar">
      <Button block type="primary" size="large" loading={t.busy} disabled={t.busy || t.done} data-testid="triage-submit" onClick={t.submit}>
        {SUBMIT_TEXT[segment]}
      </Button>
    </View>
  );

  return (
    <PageShell footer={footer}>
      <View className="triage" data-testid="triage" data-version={order.version}>
        <Summary order={order} />
        {!segment ? (
          <EmptyState
            title="这个需求已经处理过了"
            hint="它的状态已有变化，不需要再受理派单"
            actionText="查看需求"
            onAction={() => void Taro.redirectTo({ url: `${ROUTES.order}?id=${encodeURIComponent(order.id)}` })}
          />
        ) : (
          <>
            <QueueTabs testId="triage-segments" tabs={t.segments} value={segment} onChange={t.choose} />
            <View className="triage__form" data-testid="triage-form" data-segment={segment}>
              {segment === 'dispatch' || segment === 'assign' ? (
                <PlanFields order={order} menu={menu} plan={t.plan} mode={segment} />
              ) : (
                <>
                  <Text className="triage__hint">{SPECS[segment].hint}</Text>
                  <CommandFields command={segment} form={t.command} onBusyChange={t.setUploading} />
                </>
              )}
            </View>
          </>
        )}
      </View>
    </PageShell>
  );
}
