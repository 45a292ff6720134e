import { Text, View } from '@tarojs/components';
import { role } from '../../utils/a11y';
import './index.scss';

export interface QueueTabsProps<K extends string> {
  tabs: { tab: K; title: string }[];
  value: K;
  onChange: (tab: K) => void;
  /** Counts beside the titles (from the server); a tab without one shows none. */
  counts?: Partial<Record<K, number>> | null;
  /** Tabs whose non-zero count is a warning (已超期). */
  alert?: K[];
  testId?: string;
}

/** A row of tabs with their counts; wraps onto more lines rather than clipping in 大字模式. */
export default function QueueTabs<K extends string>({ tabs, value, onChange, counts, alert = [], testId = 'queue-tabs' }: QueueTabsProps<K>) {
  return (
    <View className="queue-tabs" {...role('tablist')} data-testid={testId}>
      {tabs.map(({ tab, title }) => {
        const n = counts?.[tab];
        const on = tab === value;
        return (
          <View
            key={tab}
            {...role('tab', true)}
            aria-selected={on}
            data-testid={`tab-${tab}`}
            className={`queue-tabs__tab ${on ? 'queue-tabs__tab--on' : ''}`}
            onClick={() => !on && onChange(tab)}
          >
            <Text>{title}</Text>
            {n !== undefined && (
              <Text className={`queue-tabs__count ${n > 0 && alert.includes(tab) ? 'queue-tabs__count--alert' : ''}`} data-testid={`count-${tab}`}>
                {n > 999 ? '999+' : n}
              </Text>
            )}
          </View>
        );
      })}
    </View>
  );
}
