import { Text, View } from '@tarojs/components';
import type { BoardFigures } from '../../../types/board';
import { formatRate } from './format';
import './figures.scss';

export interface FiguresProps {
  figures: BoardFigures;
}

/** The month's 成绩单: requests received and the three rates the 12345 bulletins use. */
export default function Figures({ figures }: FiguresProps) {
  const cells = [
    { label: '本月受理', value: `${figures.received} 件` },
    { label: '响应率', value: formatRate(figures.responseRate) },
    { label: '解决率', value: formatRate(figures.resolutionRate) },
    { label: '满意率', value: formatRate(figures.satisfaction) },
  ];
  return (
    <View className="board-figures" data-testid="board-figures">
      <Text className="board-figures__title">{`${Number(figures.month.slice(5))}月成绩单`}</Text>
      <View className="board-figures__grid">
        {cells.map((c) => (
          <View key={c.label} className="board-figures__cell">
            <Text className="board-figures__value">{c.value}</Text>
            <Text className="board-figures__label">{c.label}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
