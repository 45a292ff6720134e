/**
 * The 大字模式 switch: read as a switch with its state, flipped by a tap.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import Toggle from '../../../src/components/toggle';

function Harness() {
  const [on, setOn] = useState(false);
  return <Toggle checked={on} onChange={setOn} label="大字模式" />;
}

test('a tap flips it, and its state is read aloud as checked or not', () => {
  render(<Harness />);
  const toggle = screen.getByRole('switch', { name: '大字模式' });
  expect(toggle).toHaveAttribute('aria-checked', 'false');
  fireEvent.click(toggle);
  expect(toggle).toHaveAttribute('aria-checked', 'true');
  expect(toggle).not.toHaveAttribute('aria-role');
});
