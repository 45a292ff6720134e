import { Text, View } from '@tarojs/components';
import type { Category } from '../../../types/domain';
import { groupCategories } from '../../utils/categories';
import Chips from '../chips';
import './index.scss';

export interface CategoryChoicesProps {
  categories: Category[];
  /** The chosen category id; null for 全部 or none. */
  value: string | null;
  onChange: (id: string | null) => void;
  /** Offers 全部类别 (null) first, for filters. */
  all?: boolean;
}

/** The service menu's categories in its groups and order, one radio group per group. */
export default function CategoryChoices({ categories, value, onChange, all }: CategoryChoicesProps) {
  return (
    <View className="category-choices" data-testid="category-choices">
      {all && <Chips label="全部类别" options={[{ value: null, label: '全部类别' }]} value={value} onChange={onChange} />}
      {groupCategories(categories).map(([group, items]) => (
        <View key={group} className="category-choices__group">
          <Text className="category-choices__name">{group}</Text>
          <Chips
            label={group}
            options={items.map((c) => ({ value: c.id, label: c.name, testId: 'category-option', dataId: c.id }))}
            value={value}
            onChange={onChange}
          />
        </View>
      ))}
    </View>
  );
}
