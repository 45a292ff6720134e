import { Text, View } from '@tarojs/components';
import { role } from '../../utils/a11y';

export interface TableProps {
  /** The table's name, read aloud and shown above it. */
  caption: string;
  head: string[];
  rows: { id: string; cells: string[] }[];
  /** Opens the list behind a row (its first cell becomes a link). */
  onRow?: (id: string) => void;
  testId?: string;
}

/** A breakdown as a real table for screen readers (the numbers behind every chart); wide ones scroll sideways. */
export default function Table({ caption, head, rows, onRow, testId }: TableProps) {
  return (
    <View className="dash__table-wrap" data-testid={testId}>
      <Text className="dash__chart-title">{caption}</Text>
      {rows.length === 0 ? (
        <Text className="dash__empty">本时段没有数据</Text>
      ) : (
        <View className="dash__table" {...role('table')} aria-label={caption}>
          <View className="dash__tr dash__tr--head" {...role('row')}>
            {head.map((h) => (
              <View key={h} className="dash__td" {...role('columnheader')}>
                <Text>{h}</Text>
              </View>
            ))}
          </View>
          {rows.map((r) => (
            <View key={r.id} className="dash__tr" {...role('row')} data-testid="table-row">
              {r.cells.map((cell, i) => (
                <View key={i} className="dash__td" {...role('cell')}>
                  {i === 0 && onRow ? (
                    <Text className="dash__row-link" {...role('link', true)} onClick={() => onRow(r.id)}>
                      {cell}
                    </Text>
                  ) : (
                    <Text>{cell}</Text>
                  )}
                </View>
              ))}
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
