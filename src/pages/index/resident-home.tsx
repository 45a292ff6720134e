import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import LoadError from '../../components/load-error';
import { useRequest } from '../../hooks/useRequest';
import { call } from '../../services/api';
import { groupCategories } from '../../utils/categories';
import { go, ROUTES } from '../../utils/routes';

export interface ResidentHomeProps {
  communityId: string;
  /** The community's duty phone, offered for calls at the bottom. */
  dutyPhone?: string;
}

/** A resident's home: 我要点单, their requests, the service menu, the duty phone. */
export default function ResidentHome({ communityId, dutyPhone }: ResidentHomeProps) {
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
        <Button size="large" block data-testid="home-wish" onClick={() => go(ROUTES.wishWall)}>
          微心愿
        </Button>
        <Button size="large" block data-testid="home-topic" onClick={() => go(ROUTES.topics)}>
          议事·联名点题
        </Button>
      </View>
      <Text className="home__section">服务菜单</Text>
      {menu.error && !menu.loading && <LoadError message={menu.error} onRetry={menu.reload} />}
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
