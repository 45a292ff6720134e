import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { RoleGrant } from '../../../types/domain';
import PageShell from '../../components/page-shell';
import { useUnread } from '../../hooks/useUnread';
import { useSession } from '../../services/session';
import { talksToHost } from '../../services/transport';
import { role } from '../../utils/a11y';
import { ROLE_LABEL } from '../../utils/labels';
import { go, ROUTES } from '../../utils/routes';
import Toggle from '../../components/toggle';
import { PRIVACY_NOTICE } from '../../utils/privacy';
import './index.scss';

const MEMBER_STATUS = { pending: '（待审核）', verified: '（已报到）', rejected: '（未通过）' } as const;

/** Who keeps 民情日记: staff and the grids' workers. */
const VISIT_KEEPERS: RoleGrant['role'][] = ['staff', 'admin', 'grid_worker', 'grid_leader'];

/** 我的: who I am here, my messages and lists, 大字模式, the privacy notice. */

export default function Mine() {
  const session = useSession();
  const { me, modes } = session;
  const unread = useUnread(!!me);
  // Not known yet, or the look-up failed on a weak network: the skeleton, or why and 重试.
  if (!me) return <PageShell loading={session.loading} error={session.error} onRetry={() => void session.refresh()} retryText="重试" />;
  const links: [string, () => void, boolean][] = [
    ['我的需求', () => go(ROUTES.myOrders), true],
    ['我的任务', () => go(ROUTES.tasks), modes.includes('member')],
    ['我的积分与服务时长', () => go(ROUTES.points), modes.includes('member')],
    ['党员报到', () => go(ROUTES.register), true],
    ['社区待办', () => go(ROUTES.queue, { tab: 'submitted' }), modes.includes('staff') || modes.includes('street')],
    ['数据看板', () => go(ROUTES.dashboard), modes.includes('staff') || modes.includes('street')],
    ['民情日记', () => go(ROUTES.visits), me.roles.some((r) => VISIT_KEEPERS.includes(r.role) && r.communityId)],
    ['三本帐导出', () => go(ROUTES.exports), modes.includes('staff') || modes.includes('street')],
    ['积分补录记录', () => go(ROUTES.manualLog), modes.includes('staff')],
    ['社区设置', () => go(ROUTES.settings), modes.includes('staff')],
    ['服务菜单管理', () => go(ROUTES.manageMenu), modes.includes('staff')],
    ['网格管理', () => go(ROUTES.manageGrids), modes.includes('staff')],
    ['加入其他社区', () => go(ROUTES.join), true],
    // A one-time code for signing in on a PC browser: only a host issues them.
    ['电脑登录', () => go(ROUTES.pcCode), talksToHost()],
  ];
  return (
    <PageShell>
      <View className="mine__head">
        <Text className="mine__name">{me.name || '居民'}</Text>
        <Text className="mine__roles">
          {me.roles.map((r) => ROLE_LABEL[r.role] + (r.memberStatus ? MEMBER_STATUS[r.memberStatus] : '')).join(' · ') || '尚未加入社区'}
        </Text>
      </View>
      <View className="mine__list">
        <View className="mine__row" data-testid="mine-notices" {...role('link', true)} onClick={() => go(ROUTES.notices)}>
          <Text>消息中心</Text>
          {unread ? <Text className="mine__unread">{unread} 条未读</Text> : <Text className="mine__arrow">›</Text>}
        </View>
        {links
          .filter(([, , show]) => show)
          .map(([label, open]) => (
            <View key={label} className="mine__row" onClick={open}>
              <Text>{label}</Text>
              <Text className="mine__arrow">›</Text>
            </View>
          ))}
        <View className="mine__row">
          <Text>大字模式</Text>
          <Toggle checked={session.largeText} onChange={(on) => session.setLargeText(on)} label="大字模式" testId="large-text" />
        </View>
        <View className="mine__row" onClick={() => Taro.showModal({ title: '隐私说明', content: PRIVACY_NOTICE, showCancel: false, confirmText: '知道了' })}>
          <Text>隐私说明</Text>
          <Text className="mine__arrow">›</Text>
        </View>
      </View>
      {process.env.TARO_ENV !== 'weapp' && (
        <View className="mine__out">
          <Button block size="large" onClick={() => (session.signOut(), Taro.redirectTo({ url: ROUTES.login }))}>
            切换演示账号
          </Button>
        </View>
      )}
    </PageShell>
  );
}
