/**
 * The phone field: in WeChat, 用微信手机号 fills it through 手机号快速验证 (the code goes to phone.decode), and the
 * number can still be typed; in the browser there is no such button, only the typed field.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import PhoneInput from '../../../src/components/phone-input';
import { api, refuse } from '../fake-api';
import { renderAt } from './scale';

afterEach(() => {
  process.env.TARO_ENV = 'h5';
});

const wechatAnswers = (detail: object) => act(() => void screen.getByTestId('phone-wechat').dispatchEvent(new CustomEvent('getphonenumber', { detail })));

test('in the browser only the typed field is there', async () => {
  const onChange = jest.fn();
  await renderAt(1, <PhoneInput testId="phone" label="联系电话" value="" onChange={onChange} />);
  expect(screen.queryByText('用微信手机号')).not.toBeInTheDocument();
  fireEvent.change(screen.getByTestId('phone'), { target: { value: '0519-86601234' } });
  expect(onChange).toHaveBeenCalledWith('0519-86601234');
});

test('in WeChat the button asks for the number with getPhoneNumber, and the decoded number fills the field', async () => {
  process.env.TARO_ENV = 'weapp';
  api.on('phone.decode', ({ code }) => ({ phone: code === 'wx-code' ? '13800001111' : '' }));
  const onChange = jest.fn();
  await renderAt(1, <PhoneInput testId="phone" label="联系电话" value="" onChange={onChange} />);
  expect(screen.getByText('用微信手机号')).toHaveAttribute('data-open-type', 'getPhoneNumber');
  wechatAnswers({ code: 'wx-code', errMsg: 'getPhoneNumber:ok' });
  await waitFor(() => expect(onChange).toHaveBeenCalledWith('13800001111'));
  expect(api.callsOf('phone.decode')).toEqual([{ code: 'wx-code' }]);
});

test('in WeChat typing still works, and a declined request asks the server nothing', async () => {
  process.env.TARO_ENV = 'weapp';
  const onChange = jest.fn();
  await renderAt(1, <PhoneInput testId="phone" label="联系电话" value="" onChange={onChange} />);
  wechatAnswers({ errMsg: 'getPhoneNumber:fail user deny' });
  fireEvent.change(screen.getByTestId('phone'), { target: { value: '13900002222' } });
  expect(onChange).toHaveBeenCalledWith('13900002222');
  await new Promise((r) => setTimeout(r, 20));
  expect(api.callsOf('phone.decode')).toEqual([]);
});

test('when the server cannot decode, the field is left as it was', async () => {
  process.env.TARO_ENV = 'weapp';
  api.on('phone.decode', () => refuse('PHONE.NOT_CONFIGURED'));
  const onChange = jest.fn();
  await renderAt(1, <PhoneInput testId="phone" label="联系电话" value="138" onChange={onChange} />);
  wechatAnswers({ code: 'wx-code' });
  await waitFor(() => expect(api.callsOf('phone.decode')).toHaveLength(1));
  await new Promise((r) => setTimeout(r, 20));
  expect(onChange).not.toHaveBeenCalled();
});
