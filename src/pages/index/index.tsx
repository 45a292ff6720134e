import { Text, View } from '@tarojs/components';
import './index.scss';

/** Placeholder home until the role-aware home page lands. */
export default function Index() {
  return (
    <View className="home">
      <Text className="home__title">三单通</Text>
      <Text className="home__sub">群众点单 · 党组织下单 · 党员接单</Text>
    </View>
  );
}
