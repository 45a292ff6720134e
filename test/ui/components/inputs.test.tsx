/**
 * Typed text follows the text scale like the labels around it: 16 px at ×1, 22.4 px in 大字模式, in one-line
 * boxes and in multi-line ones (the browser's own textarea font stays 13.3 px otherwise). The count under a text
 * area reads what is used.
 */
import { fireEvent } from '@testing-library/react';
import AddressInput from '../../../src/components/address-input';
import PhoneInput from '../../../src/components/phone-input';
import TextArea from '../../../src/components/text-area';
import TextInput from '../../../src/components/text-input';
import { screen } from '../render';
import { px, renderAt } from './scale';

test.each([
  [1, 16],
  [1.4, 22.4],
] as const)('at ×%s typed text is %s px in a text input and a text area', async (scale, size) => {
  await renderAt(
    scale,
    <>
      <TextInput testId="one" value="" onChange={() => undefined} />
      <TextArea testId="many" value="" maxLength={200} onChange={() => undefined} />
    </>,
  );
  expect(px(screen.getByTestId('one').style.fontSize)).toBeCloseTo(size);
  expect(px(screen.getByTestId('many').style.fontSize)).toBeCloseTo(size);
});

test('a text area grows with the scale for the same number of lines', async () => {
  const { unmount } = await renderAt(1, <TextArea testId="many" value="" maxLength={200} rows={4} onChange={() => undefined} />);
  const normal = px(screen.getByTestId('many').style.height);
  unmount();
  await renderAt(1.4, <TextArea testId="many" value="" maxLength={200} rows={4} onChange={() => undefined} />);
  expect(px(screen.getByTestId('many').style.height)).toBeCloseTo(normal * 1.4, 0);
});

test('a text area says how much of its limit is used and passes typed text on', async () => {
  const onChange = jest.fn();
  await renderAt(1, <TextArea testId="many" value="漏水" maxLength={200} onChange={onChange} />);
  expect(screen.getByText('2/200')).toBeInTheDocument();
  fireEvent.change(screen.getByTestId('many'), { target: { value: '漏水了' } });
  expect(onChange).toHaveBeenCalledWith('漏水了');
});

test('a phone field keeps a landline with its dash (a phone keypad, not a number box)', async () => {
  const onChange = jest.fn();
  await renderAt(1, <PhoneInput testId="phone" value="" onChange={onChange} />);
  fireEvent.change(screen.getByTestId('phone'), { target: { value: '0519-86601234' } });
  expect(onChange).toHaveBeenCalledWith('0519-86601234');
  expect(screen.getByTestId('phone')).toHaveAttribute('type', 'tel');
});

test('an address has 楼栋, 单元 and 门牌号, each with its own message', async () => {
  const onChange = jest.fn();
  await renderAt(1, <AddressInput value={{ building: '', unit: '2单元', room: '' }} errors={{ 'address.building': '请填写楼栋，如：3栋' }} onChange={onChange} />);
  expect(screen.getByTestId('field-error-address.building')).toHaveTextContent('请填写楼栋');
  expect(screen.getByTestId('input-unit')).toHaveValue('2单元');
  fireEvent.change(screen.getByTestId('input-room'), { target: { value: '302' } });
  expect(onChange).toHaveBeenCalledWith('room', '302');
});
