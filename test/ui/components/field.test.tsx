/**
 * A field and the form hook behind it: the message shows on a failed check, follows the rule while the value is
 * still wrong, goes as soon as it is right, and the first field with a message is scrolled into view.
 */
import { act, fireEvent } from '@testing-library/react';
import Field from '../../../src/components/field';
import TextInput from '../../../src/components/text-input';
import { useForm } from '../../../src/hooks/useForm';
import { collect, phoneError, textError } from '../../../src/utils/rules';
import { screen } from '../render';
import { renderAt } from './scale';

type Values = { name: string; phone: string };

function Demo({ onServer }: { onServer?: (show: (e: Record<string, string>) => void) => void }) {
  const form = useForm<Values>({ name: '', phone: '' }, { validate: (v) => collect([['name', textError(v.name, '姓名', { min: 2, max: 20 })], ['phone', phoneError(v.phone)]]) });
  onServer?.(form.show);
  return (
    <>
      <Field name="name" label="姓名" error={form.errors.name}>
        <TextInput testId="name" value={form.values.name} onChange={(v) => form.set('name', v)} />
      </Field>
      <Field name="phone" label="电话" error={form.errors.phone}>
        <TextInput testId="phone" value={form.values.phone} onChange={(v) => form.set('phone', v)} />
      </Field>
      <button onClick={() => form.check()}>check</button>
    </>
  );
}

const type = (id: string, value: string) => fireEvent.change(screen.getByTestId(id), { target: { value } });

beforeEach(() => {
  Element.prototype.scrollIntoView = jest.fn();
});

test('a message follows the rule while the value is wrong and goes as soon as it is right', async () => {
  await renderAt(1, <Demo />);
  expect(screen.queryByTestId('field-error-name')).not.toBeInTheDocument();
  fireEvent.click(screen.getByText('check'));
  expect(screen.getByTestId('field-error-name')).toHaveTextContent('请填写姓名');
  expect(screen.getByTestId('field-error-phone')).toHaveTextContent('请填写联系电话');

  type('name', '王');
  expect(screen.getByTestId('field-error-name')).toHaveTextContent('姓名至少需要2个字');
  type('name', '王秀英');
  expect(screen.queryByTestId('field-error-name')).not.toBeInTheDocument();
  // The other field keeps its message until it is fixed.
  expect(screen.getByTestId('field-error-phone')).toBeInTheDocument();
  type('phone', '0519-86601234');
  expect(screen.queryByTestId('field-error-phone')).not.toBeInTheDocument();
});

test('a field never checked shows nothing while it is typed in', async () => {
  await renderAt(1, <Demo />);
  type('name', '王');
  expect(screen.queryByTestId('field-error-name')).not.toBeInTheDocument();
});

test("the server's message on a field goes once that field is changed, not before", async () => {
  let show: (e: Record<string, string>) => void = () => undefined;
  await renderAt(1, <Demo onServer={(s) => (show = s)} />);
  type('name', '王秀英');
  type('phone', '13912345678');
  act(() => show({ phone: '该号码已被使用' }));
  type('name', '王秀');
  expect(screen.getByTestId('field-error-phone')).toHaveTextContent('该号码已被使用');
  type('phone', '13912345679');
  expect(screen.queryByTestId('field-error-phone')).not.toBeInTheDocument();
});

test('a failed check scrolls the first field with a message into view', async () => {
  await renderAt(1, <Demo />);
  type('name', '王秀英');
  fireEvent.click(screen.getByText('check'));
  const scroll = Element.prototype.scrollIntoView as jest.Mock;
  expect(scroll).toHaveBeenCalledTimes(1);
  expect(scroll.mock.contexts[0]).toBe(document.getElementById('field-phone'));
});
