import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { QueueTab } from '../../../types/views';
import LoadError from '../../components/load-error';
import { useRequest } from '../../hooks/useRequest';
import { call } from '../../services/api';
import { askToNotify } from '../../services/subscribe';
import { QUEUE_TABS } from '../../utils/labels';
import { go, ROUTES } from '../../utils/routes';

export interface StaffHomeProps {
  communityId: string;
  /** Street staff see only what was escalated to them. */
  street: boolean;
  /** A grid worker's grids (我的网格): the queue holds their orders only, and no member review. */
  grids?: string[];
}

/** Why 待受理 needs attention now: the queue puts 危及生命, then 紧急, then 受理超时 first, so its first order tells. */
function urgentMark(top: { urgency: string; acceptOverdue: boolean } | undefined): string | null {
  if (!top) return null;
  if (top.urgency === 'life_threatening') return '有危及生命';
  if (top.urgency === 'urgent') return '有紧急';
  return top.acceptOverdue ? '受理超时' : null;
}

/**
 * Staff's (and a grid worker's, and the street's) home: the queue counts (urgent ones marked), 处理待办, 居民档案,
 * member review, and the 微心愿 and 议事 entries.
 */
export default function StaffHome({ communityId, street, grids }: StaffHomeProps) {
  const queue = useRequest(() => call('order.queue', { communityId, tab: 'submitted', limit: 1 }), [communityId]);
  useDidShow(() => void queue.reload());
  const tabs = street ? QUEUE_TABS.filter((t) => t.tab === 'escalated') : QUEUE_TABS;
  const mark = urgentMark(queue.data?.items[0]);
  // Staff want to hear of new orders in WeChat: asked on their first tap into the work (WeChat asks only in a tap).
  const open = (tab: QueueTab) => {
    askToNotify('staff');
    void go(ROUTES.queue, { tab });
  };
  return (
    <View>
      {grids && (
        <Text className="home__grids" data-testid="my-grids">
          我的网格：{grids.join('、')}
        </Text>
      )}
      {queue.error && !queue.loading && <LoadError message={queue.error} onRetry={queue.reload} />}
      <View className="home__counts">
        {tabs.map(({ tab, title }) => {
          const alert = (tab === 'overdue' && !!queue.data?.counts.overdue) || (tab === 'submitted' && !!mark);
          return (
            <View key={tab} className={`home__count ${alert ? 'home__count--alert' : ''}`} data-testid={`count-${tab}`} onClick={() => open(tab)}>
              <Text className={`home__count-n ${alert ? 'home__count-n--alert' : ''}`}>{queue.data?.counts[tab] ?? '–'}</Text>
              <Text className="home__count-label">{title}</Text>
              {tab === 'submitted' && mark && (
                <Text className="home__count-mark" data-testid="urgent-mark">
                  {mark}
                </Text>
              )}
            </View>
          );
        })}
      </View>
      <View className="home__actions">
        {street && (
          <Button size="large" block data-testid="home-departments" onClick={() => go(ROUTES.deptManage)}>
            职能部门
          </Button>
        )}
        {!street && (
          <>
            <Button type="primary" size="xlarge" block onClick={() => open('submitted')}>
              处理待办
            </Button>
            <Button size="large" block onClick={() => go(ROUTES.residents)}>
              居民档案
            </Button>
            {!grids && (
              <Button size="large" block onClick={() => go(ROUTES.members)}>
                党员报到审核
              </Button>
            )}
          </>
        )}
        {/* Community staff manage wishes; grid workers post what they meet on their rounds; the street sees the wall. */}
        <Button size="large" block data-testid="home-wish" onClick={() => go(street || grids ? ROUTES.wishWall : ROUTES.wishManage)}>
          微心愿
        </Button>
        {grids && (
          <Button size="large" block data-testid="home-wish-post" onClick={() => go(ROUTES.wishPost)}>
            发布微心愿
          </Button>
        )}
        <Button size="large" block data-testid="home-topic" onClick={() => go(ROUTES.topics)}>
          议事
        </Button>
        {!street && !grids && (
          <Button size="large" block data-testid="home-board-manage" onClick={() => go(ROUTES.boardManage)}>
            晒板管理
          </Button>
        )}
      </View>
    </View>
  );
}
