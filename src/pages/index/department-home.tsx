import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { go, ROUTES } from '../../utils/routes';

/** A department's staff home (部门工作): the orders the street sent them, to report on, resolve or return. */
export default function DepartmentHome() {
  return (
    <View className="home__actions">
      <Text className="home__grids">街道转派给本部门的任务，请在部门办结时限内办结</Text>
      <Button type="primary" size="xlarge" block data-testid="home-dept-queue" onClick={() => go(ROUTES.deptQueue)}>
        部门待办
      </Button>
    </View>
  );
}
