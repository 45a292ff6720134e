import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter, useShareAppMessage } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { OrderDetail, UserCommand } from '../../../../types/views';
import CommandSheet from '../../../components/command-sheet';
import FactList, { Fact } from '../../../components/fact-list';
import OrderSteps from '../../../components/order-steps';
import OrderTimeline from '../../../components/order-timeline';
import PageShell from '../../../components/page-shell';
import StatusTag from '../../../components/status-tag';
import TeamParts from '../../../components/team-parts';
import { useRequest } from '../../../hooks/useRequest';
import { ApiError, call } from '../../../services/api';
import { ELSEWHERE, runCommand, SPECS } from '../../../services/order-commands';
import { askToNotify } from '../../../services/subscribe';
import { COMMAND_LABEL, PRIORITY_LABEL, URGENCY_LABEL, placedByLabel, ratingLabel } from '../../../utils/labels';
import { photoUrl } from '../../../utils/photos';
import { orderShare } from '../../../utils/share';
import { go, ROUTES } from '../../../utils/routes';
import { toast } from '../../../utils/toast';
import { deadlineNote, formatTime } from '../../../utils/time';
import './index.scss';

/** Primary actions first; quieter ones (cancel, release…) after. */
const QUIET: UserCommand[] = ['cancel', 'reject', 'decline', 'release', 'reopen', 'street_return', 'recall', 'reassign', 'close_team'];

/** 需求详情: everything about one order as this person may see it, its timeline, and what they may do now. */
export default function OrderPage() {
  const { id = '', do: asked } = useRouter().params;
  const detail = useRequest(() => call('order.detail', { orderId: id }), [id]);
  const [sheet, setSheet] = useState<keyof typeof SPECS | null>(null);
  const order = detail.data;
  // Opened to do one thing (报告我的完成情况 from 我的任务): its sheet opens once, if the order still allows it.
  const opened = useRef(false);
  useEffect(() => {
    if (!order || !asked || opened.current) return;
    opened.current = true;
    if ((order.actions as string[]).includes(asked) && asked in SPECS) setSheet(asked as keyof typeof SPECS);
  }, [order, asked]);
  // Back from another page (triage, a list): the order may have moved on.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void detail.reload();
    shown.current = true;
  });
  useShareAppMessage(() => orderShare(id));

  function press(command: UserCommand) {
    if (ELSEWHERE.includes(command)) return go(ROUTES.triage, { id, mode: command });
    setSheet(command as keyof typeof SPECS);
  }

  async function submit(command: keyof typeof SPECS, values: Parameters<typeof runCommand>[2]) {
    // Still inside the tap (WeChat asks only there): the member will want the reminders of the work they take on.
    if (command === 'claim' || command === 'accept') askToNotify('work');
    try {
      detail.setData(await runCommand(order!, command, values));
      setSheet(null);
      toast.success(SPECS[command].done);
    } catch (e) {
      // Someone else got there first or the screen was stale: show the order as it is now.
      if (e instanceof ApiError && ['ORDER.NOT_CLAIMABLE', 'ORDER.CONFLICT', 'ORDER.INVALID_TRANSITION'].includes(e.code)) {
        setSheet(null);
        toast.error(e);
        return void detail.reload();
      }
      throw e;
    }
  }

  const actions = order ? [...order.actions].sort((a, b) => Number(QUIET.includes(a)) - Number(QUIET.includes(b))) : [];
  return (
    <PageShell
      loading={detail.loading && !order}
      error={!order ? detail.error : null}
      onRetry={detail.reload}
      footer={
        actions.length > 0 && (
          <View className="order__bar">
            {actions.map((a) => (
              <Button key={a} data-command={a} size="large" type={QUIET.includes(a) ? 'default' : 'primary'} onClick={() => press(a)}>
                {COMMAND_LABEL[a]}
              </Button>
            ))}
          </View>
        )
      }
    >
      {order && (
        <View className="order" data-status={order.status}>
          <View className="order__card">
            <View className="order__head">
              <Text className="order__title">{order.title}</Text>
              <StatusTag status={order.status} overdue={order.overdue} />
            </View>
            <Text className="order__category">
              {order.categoryName} · {URGENCY_LABEL[order.urgency]}
              {order.priority === 'high' ? ' · 优先办理' : ''}
            </Text>
            {order.description && <Text className="order__desc">{order.description}</Text>}
            {order.photoUrls.length > 0 && (
              <View className="order__photos">
                {order.photoUrls.map((u) => (
                  <Image key={u} className="order__photo" src={photoUrl(u)} mode="aspectFill" nativeProps={{ alt: '需求照片' }} onClick={() => Taro.previewImage({ urls: order.photoUrls.map(photoUrl), current: photoUrl(u) })} />
                ))}
              </View>
            )}
            {order.flaggedPhotos.length > 0 && (
              <Text className="order__flagged">
                {order.flaggedPhotos.length}张图片仅社区可见：{[...new Set(order.flaggedPhotos.map((f) => f.reason))].join('；')}
              </Text>
            )}
          </View>
          <View className="order__card">
            <OrderSteps status={order.status} />
          </View>
          <View className="order__card">
            <FactList>
              <Fact label="联系人" value={order.contactName} />
              <Fact
                label="联系电话"
                value={order.contactPhone}
                testId="contact-phone"
                onTap={order.contactMasked ? undefined : () => Taro.makePhoneCall({ phoneNumber: order.contactPhone }).catch(() => undefined)}
              />
              {order.answers.map((a) => (
                <Fact key={a.key} label={a.label} value={a.text} testId={`answer-${a.key}`} />
              ))}
              {order.address && <Fact label="地址" value={order.address} testId="address" />}
              {order.gridName && <Fact label="网格" value={order.gridName} />}
              {order.preferredTime && <Fact label="期望时间" value={formatTime(order.preferredTime)} />}
              <DeadlineFact order={order} />
              {order.urgedAt && <Fact label="督办" value={`${formatTime(order.urgedAt)} 已督办，等待党员反馈`} testId="urged" />}
              {order.mode && <Fact label="积分" value={`${order.points} 分 · 需 ${order.headcount} 名党员 · 优先级${PRIORITY_LABEL[order.priority]}`} />}
              {order.assignee && <Fact label="指派党员" value={order.assignee.name} />}
              {order.holders.length > 0 && order.headcount === 1 && <Fact label="服务党员" value={order.holders.map((h) => h.name).join('、')} />}
              {order.escalationNote && <Fact label="上报说明" value={order.escalationNote} />}
              {order.placedBy && <Fact label="下单方式" value={placedByLabel(order.placedBy)} testId="placed-by" />}
              {order.rating && <Fact label={order.rating.proxy ? '代评' : '居民评价'} value={ratingLabel(order.rating)} testId="rating" />}
            </FactList>
          </View>
          {order.holderCards.length > 0 && (
            <View className="order__card" data-testid="holder-cards">
              <Text className="order__section">服务党员 · 三亮</Text>
              {order.holderCards.map((c) => (
                <FactList key={c.memberId}>
                  <Fact label="党员" value={c.name} />
                  <Fact label="亮身份" value={`${c.branch} · ${c.workUnit}`} />
                  <Fact label="亮服务" value={c.skills.join('、') || '热心服务'} />
                  <Fact label="亮承诺" value={c.pledge} />
                </FactList>
              ))}
            </View>
          )}
          {order.headcount > 1 && order.holders.length > 0 && (
            <View className="order__card">
              <TeamParts holders={order.holders} />
            </View>
          )}
          <View className="order__card">
            <Text className="order__section">办理记录</Text>
            <OrderTimeline timeline={order.timeline} />
          </View>
        </View>
      )}
      <CommandSheet command={sheet} onClose={() => setSheet(null)} onSubmit={submit} order={order ?? undefined} />
    </PageShell>
  );
}

/** 办结时限 with the time left while the order runs; once done, when it was done and whether in time. */
function DeadlineFact({ order }: { order: OrderDetail }) {
  const note = deadlineNote(order);
  if (!note || !order.deadline) return null;
  const done = order.status === 'awaiting_rating' || order.status === 'closed';
  return done ? (
    <Fact label="办结情况" value={`${note.text}（时限 ${formatTime(order.deadline)}）`} testId="deadline" />
  ) : (
    <Fact label="办结时限" value={`${formatTime(order.deadline)}（${note.text}）`} testId="deadline" />
  );
}
