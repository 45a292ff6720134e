/**
 * Rating stars for older hands and eyes: five radios named 1星…5星, each target at least 44 px at ×1 and larger
 * in 大字模式, the chosen count said in words.
 */
import { fireEvent } from '@testing-library/react';
import { useState } from 'react';
import Stars from '../../../src/components/stars';
import { screen } from '../render';
import { px, renderAt } from './scale';

test.each([1, 1.4] as const)('at ×%s every star is a named target of at least 44 px that grows with the scale', async (scale) => {
  await renderAt(scale, <Stars label="满意度" value={0} onChange={() => undefined} />);
  const stars = screen.getAllByRole('radio');
  expect(stars.map((s) => s.getAttribute('aria-label'))).toEqual(['1星', '2星', '3星', '4星', '5星']);
  for (const s of stars) {
    expect(px(s.style.width)).toBeGreaterThanOrEqual(44 * scale);
    expect(px(s.style.height)).toBeGreaterThanOrEqual(44 * scale);
  }
});

function Rated() {
  const [stars, setStars] = useState(0);
  return <Stars label="满意度" value={stars} onChange={setStars} />;
}

test('a tap chooses that many stars, and the choice is said', async () => {
  await renderAt(1, <Rated />);
  expect(screen.getByRole('radiogroup', { name: '满意度' })).toBeInTheDocument();
  expect(screen.queryAllByRole('radio', { checked: true })).toEqual([]);
  fireEvent.click(screen.getByLabelText('4星'));
  expect(screen.getByLabelText('4星')).toHaveAttribute('aria-checked', 'true');
  expect(screen.getByText('4星')).toBeInTheDocument();
});
