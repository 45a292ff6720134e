import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import EmptyState from '../../components/empty-state';
import PageShell from '../../components/page-shell';
import { useRequest } from '../../hooks/useRequest';
import { call } from '../../services/api';
import { useSession } from '../../services/session';
import { role } from '../../utils/a11y';
import { groupCategories } from '../../utils/categories';
import { go, ROUTES } from '../../utils/routes';
import '../index.scss';

/** 服务菜单管理: every service of the community in its groups, retired ones too; a tap opens one to change. */
export default function MenuPage() {
  const { communityId } = useSession();
  const list = useRequest(() => call('menu.categories', { communityId: communityId ?? '' }), [communityId]);
  // Back from editing a service: show what was saved.
  useDidShow(() => void (list.data && list.reload()));
  const categories = list.data;
  return (
    <PageShell loading={!categories && list.loading} error={!categories ? list.error : null} onRetry={list.reload}>
      {categories && (
        <View className="residents__form" data-testid="menu-page">
          <View className="residents__foot">
            <Button type="primary" size="large" block data-testid="category-new" onClick={() => go(ROUTES.manageCategory)}>
              新增服务
            </Button>
          </View>
          {categories.length === 0 && <EmptyState title="还没有服务" hint="点上方“新增服务”添加" />}
          {groupCategories(categories).map(([group, items]) => (
            <View key={group} className="residents__card">
              <Text className="residents__section">{group}</Text>
              {items.map((c) => (
                <View key={c.id} className="manage__row" data-testid="category-row" {...role('link', true)} onClick={() => go(ROUTES.manageCategory, { id: c.id })}>
                  <Text>{c.name}</Text>
                  <Text className="manage__retired">
                    {c.basePoints}分{c.fields?.length ? ` · ${c.fields.length}个问题` : ''}
                    {c.active ? '' : ' · 已停用'} ›
                  </Text>
                </View>
              ))}
            </View>
          ))}
        </View>
      )}
    </PageShell>
  );
}
