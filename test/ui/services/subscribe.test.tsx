/**
 * Subscribe requests: in WeChat only, for the templates the build was given, up to three per moment; a template the
 * person refused is remembered and not asked for again; without templates nothing is asked.
 */
import Taro from '@tarojs/taro';
import { askToNotify, templatesFor } from '../../../src/services/subscribe';

const request = Taro.requestSubscribeMessage as jest.Mock;
const flush = () => new Promise((r) => setTimeout(r, 0));
const TEMPLATES = {
  TARO_APP_SUBSCRIBE_TMPL_ACCEPT: 't-accept',
  TARO_APP_SUBSCRIBE_TMPL_PROGRESS: 't-progress',
  TARO_APP_SUBSCRIBE_TMPL_DONE: 't-done',
  TARO_APP_SUBSCRIBE_TMPL_REJECTED: 't-rejected',
  TARO_APP_SUBSCRIBE_TMPL_NEW_ORDER: 't-new',
};

beforeEach(() => {
  request.mockReset();
  process.env.TARO_ENV = 'weapp';
  Object.assign(process.env, TEMPLATES);
});
afterEach(() => {
  process.env.TARO_ENV = 'h5';
  for (const k of Object.keys(TEMPLATES)) delete process.env[k];
});

test('each moment asks for its templates together, at most three', () => {
  request.mockResolvedValue({});
  askToNotify('submit');
  expect(request).toHaveBeenCalledWith({ tmplIds: ['t-accept', 't-done', 't-rejected'], entityIds: [] });
  askToNotify('staff');
  expect(request).toHaveBeenLastCalledWith({ tmplIds: ['t-new'], entityIds: [] });
  askToNotify('register');
  expect(request).toHaveBeenLastCalledWith({ tmplIds: ['t-accept', 't-progress'], entityIds: [] });
});

test('a refused template is remembered and not asked for again; one allowed is asked for next time', async () => {
  request.mockResolvedValue({ 't-accept': 'accept', 't-done': 'reject', 't-rejected': 'ban', errMsg: 'requestSubscribeMessage:ok' });
  askToNotify('submit');
  await flush();
  expect(templatesFor('submit')).toEqual(['t-accept']);
  askToNotify('submit');
  expect(request).toHaveBeenLastCalledWith({ tmplIds: ['t-accept'], entityIds: [] });
  // Refusals are kept across launches (storage), not in memory.
  expect(Taro.getStorageSync('sandan.subscribeRefused')).toEqual(['t-done', 't-rejected']);
});

test('subscribe messages switched off altogether: none of them is asked for again', async () => {
  request.mockRejectedValue({ errCode: 20004, errMsg: 'requestSubscribeMessage:fail' });
  askToNotify('register');
  await flush();
  request.mockClear();
  askToNotify('register');
  expect(request).not.toHaveBeenCalled();
});

test('without templates configured, or outside WeChat, nothing is asked', () => {
  for (const k of Object.keys(TEMPLATES)) delete process.env[k];
  askToNotify('submit');
  askToNotify('staff');
  expect(request).not.toHaveBeenCalled();

  Object.assign(process.env, TEMPLATES);
  process.env.TARO_ENV = 'h5';
  askToNotify('submit');
  expect(request).not.toHaveBeenCalled();
});
