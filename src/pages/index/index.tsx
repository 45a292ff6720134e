import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useShareAppMessage } from '@tarojs/taro';
import { useEffect } from 'react';
import EmptyState from '../../components/empty-state';
import PageShell from '../../components/page-shell';
import { useUnread } from '../../hooks/useUnread';
import { useSession, type Mode } from '../../services/session';
import { role } from '../../utils/a11y';
import { go, ROUTES } from '../../utils/routes';
import MemberHome from './member-home';
import ResidentHome from './resident-home';
import StaffHome from './staff-home';
import DepartmentHome from './department-home';
import { homeShare } from '../../utils/share';
import './index.scss';

const MODE_LABEL: Record<Mode, string> = { resident: '我是居民', member: '我是党员', staff: '社区工作', street: '街道工作', grid: '网格工作', department: '部门工作' };

/** 首页: what this person can do now, by the role they are working in, and their unread messages. */
export default function Home() {
  const session = useSession();
  const { me, loading, error, mode, modes, communityId } = session;
  const unread = useUnread(!!me);

  useEffect(() => {
    if (!loading && !me && !error && process.env.TARO_ENV !== 'weapp') void Taro.redirectTo({ url: ROUTES.login });
  }, [loading, me, error]);
  useDidShow(() => void (me && session.refresh()));
  useShareAppMessage(homeShare);

  if (!me) {
    // The first look-up failed (a weak network at launch): say so and offer 重试; it also retries when the network returns.
    const failed = !loading && error;
    return <PageShell loading={!failed} error={failed ? error : null} onRetry={() => void session.refresh()} retryText="重试" />;
  }
  // Department staff need no community: their work comes from the street.
  if (!communityId && modes.includes('department')) {
    return (
      <PageShell>
        <DepartmentHome />
      </PageShell>
    );
  }
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
      <View className="home__notices" data-testid="home-notices" {...role('link', true)} onClick={() => go(ROUTES.notices)}>
        <Text>消息中心</Text>
        {unread ? (
          <Text className="home__unread" data-testid="home-unread">
            {unread} 条未读
          </Text>
        ) : (
          <Text className="home__arrow">›</Text>
        )}
      </View>
      <View className="home__notices" data-testid="home-board" {...role('link', true)} onClick={() => go(ROUTES.board, { c: communityId })}>
        <Text>晒晒成绩单</Text>
        <Text className="home__arrow">›</Text>
      </View>
      <View className="home__notices" data-testid="home-leaderboard" {...role('link', true)} onClick={() => go(ROUTES.leaderboard)}>
        <Text>先锋榜</Text>
        <Text className="home__arrow">›</Text>
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
      {mode === 'department' && <DepartmentHome />}
      {mode === 'grid' && <StaffHome communityId={communityId} street={false} grids={me.grids.filter((g) => g.communityId === communityId).map((g) => g.name)} />}
    </PageShell>
  );
}
