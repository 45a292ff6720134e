import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useShareAppMessage } from '@tarojs/taro';
import { useEffect } from 'react';
import EmptyState from '../../components/empty-state';
import PageShell from '../../components/page-shell';
import { call } from '../../services/api';
import { useSession, type Mode } from '../../services/session';
import { useRequest } from '../../hooks/useRequest';
import { role } from '../../utils/a11y';
import { groupCategories } from '../../utils/categories';
import { QUEUE_TABS } from '../../utils/labels';
import { go, ROUTES } from '../../utils/routes';
import { homeShare } from '../../utils/share';
import './index.scss';

const MODE_LABEL: Record<Mode, string> = { resident: '我是居民', member: '我是党员', staff: '社区工作', street: '街道工作' };

/** 首页: what this person can do now, by the role they are working in. */
export default function Home() {
  const session = useSession();
  const { me, loading, mode, modes, communityId } = session;

  useEffect(() => {
    if (!loading && !me && process.env.TARO_ENV !== 'weapp') void Taro.redirectTo({ url: ROUTES.login });
  }, [loading, me]);
  useDidShow(() => void (me && session.refresh()));
  useShareAppMessage(homeShare);

  if (loading || !me) return <PageShell loading />;
  if (!communityId || me.roles.length === 0) {
    return (
      <PageShell>
        <EmptyState title="欢迎使用三单通" hint="先加入您居住的社区，就可以向社区点单求助" actionText="加入社区" onAction={() => go(ROUTES.join)} />
      </PageShell>
    );
  }
  const community = me.communities.find((c) => c.id === communityId);
  return (
    <PageShell>
      <View className="home__hero">
        <Text className="home__greeting">{me.name ? `${me.name}，您好` : '您好'}</Text>
        <Text className="home__community">{community?.name}</Text>
      </View>
      {modes.length > 1 && (
        <View className="home__modes" {...role('tablist')}>
          {modes.map((m) => (
            <View key={m} {...role('tab', true)} aria-selected={m === mode} className={`home__mode ${m === mode ? 'home__mode--on' : ''}`} onClick={() => session.setMode(m)}>
              <Text>{MODE_LABEL[m]}</Text>
            </View>
          ))}
        </View>
      )}
      {mode === 'resident' && <ResidentHome communityId={communityId} dutyPhone={community?.dutyPhone} />}
      {mode === 'member' && <MemberHome />}
      {(mode === 'staff' || mode === 'street') && <StaffHome communityId={communityId} street={mode === 'street'} />}
    </PageShell>
  );
}

function ResidentHome({ communityId, dutyPhone }: { communityId: string; dutyPhone?: string }) {
  const menu = useRequest(() => call('menu.get', { communityId }), [communityId]);
  const groups = groupCategories(menu.data?.categories ?? []);
  return (
    <View>
      <View className="home__actions">
        <Button type="primary" size="xlarge" block onClick={() => go(ROUTES.submit)}>
          我要点单
        </Button>
        <Button size="large" block onClick={() => go(ROUTES.myOrders)}>
          我的需求
        </Button>
      </View>
      <Text className="home__section">服务菜单</Text>
      {menu.error && <Text className="home__error">{menu.error}</Text>}
      {groups.map(([group, items]) => (
        <View key={group} className="home__menu">
          <Text className="home__group">{group}</Text>
          <View className="home__grid">
            {items.map((c) => (
              <View key={c.id} className="home__cell" data-testid="menu-item" onClick={() => go(ROUTES.submit, { categoryId: c.id })}>
                <Text className="home__icon">{c.name.slice(0, 1)}</Text>
                <Text className="home__name">{c.name}</Text>
              </View>
            ))}
          </View>
        </View>
      ))}
      {dutyPhone && (
        <View className="home__duty" onClick={() => Taro.makePhoneCall({ phoneNumber: dutyPhone }).catch(() => undefined)}>
          <Text>社区值班电话 {dutyPhone}</Text>
        </View>
      )}
    </View>
  );
}

function MemberHome() {
  const { member } = useSession();
  if (!member || member.memberStatus === 'rejected') {
    return (
      <EmptyState
        title={member ? '报到未通过审核' : '还没有在本社区报到'}
        hint={member ? '请查看审核意见后重新报到' : '在职党员到居住地社区报到后，就可以认领群众的需求'}
        actionText={member ? '重新报到' : '党员报到'}
        onAction={() => go(ROUTES.register)}
      />
    );
  }
  if (member.memberStatus === 'pending') {
    return <EmptyState title="报到审核中" hint="社区审核通过后，您就可以在接单大厅认领需求" actionText="查看报到信息" onAction={() => go(ROUTES.register)} />;
  }
  return (
    <View className="home__actions">
      <Button type="primary" size="xlarge" block onClick={() => go(ROUTES.pool)}>
        接单大厅
      </Button>
      <Button size="large" block onClick={() => go(ROUTES.tasks)}>
        我的任务
      </Button>
      <Button size="large" block onClick={() => go(ROUTES.points)}>
        我的积分与服务时长
      </Button>
    </View>
  );
}

function StaffHome({ communityId, street }: { communityId: string; street: boolean }) {
  const queue = useRequest(() => call('order.queue', { communityId, tab: 'submitted', limit: 1 }), [communityId]);
  useDidShow(() => void queue.reload());
  const tabs = street ? QUEUE_TABS.filter((t) => t.tab === 'escalated') : QUEUE_TABS;
  return (
    <View>
      <View className="home__counts">
        {tabs.map(({ tab, title }) => (
          <View key={tab} className="home__count" onClick={() => go(ROUTES.queue, { tab })}>
            <Text className={`home__count-n ${tab === 'overdue' && queue.data?.counts.overdue ? 'home__count-n--alert' : ''}`}>
              {queue.data?.counts[tab] ?? '–'}
            </Text>
            <Text className="home__count-label">{title}</Text>
          </View>
        ))}
      </View>
      {!street && (
        <View className="home__actions">
          <Button type="primary" size="xlarge" block onClick={() => go(ROUTES.queue, { tab: 'submitted' })}>
            处理待办
          </Button>
          <Button size="large" block onClick={() => go(ROUTES.members)}>
            党员报到审核
          </Button>
        </View>
      )}
    </View>
  );
}
