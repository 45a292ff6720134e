import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import AssignmentAlert from '../../components/assignment-alert';
import EmptyState from '../../components/empty-state';
import { useNow } from '../../hooks/useNow';
import { useRequest } from '../../hooks/useRequest';
import { call } from '../../services/api';
import { useSession } from '../../services/session';
import { go, openOrder, ROUTES } from '../../utils/routes';

/** A member's home: assignments waiting for their answer (with the time left), the pool, their tasks, 微心愿, 议事 and points. */
export default function MemberHome() {
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
    <View>
      <Waiting />
      <View className="home__actions">
        <Button type="primary" size="xlarge" block onClick={() => go(ROUTES.pool)}>
          接单大厅
        </Button>
        <Button size="large" block onClick={() => go(ROUTES.tasks)}>
          我的任务
        </Button>
        <Button size="large" block data-testid="home-wish" onClick={() => go(ROUTES.wishWall)}>
          微心愿墙
        </Button>
        <Button size="large" block data-testid="home-topic" onClick={() => go(ROUTES.topics)}>
          议事
        </Button>
        <Button size="large" block onClick={() => go(ROUTES.points)}>
          我的积分与服务时长
        </Button>
      </View>
    </View>
  );
}

/** Assignments waiting for this member's answer, read again whenever the home shows. */
function Waiting() {
  const claims = useRequest(() => call('order.myClaims', { state: 'active' }), []);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void claims.reload();
    shown.current = true;
  });
  const now = useNow();
  const waiting = (claims.data?.items ?? []).filter((o) => o.actions.includes('accept'));
  return <AssignmentAlert orders={waiting} now={now} onOpen={(o) => openOrder(o.id)} />;
}
