/**
 * 我的 → 电脑登录: the host's six digits shown big with the time left; 换一个 asks for a new code; a refusal is
 * shown in Chinese.
 */
import { fireEvent } from '@testing-library/react';
import Taro from '@tarojs/taro';
import PcCodePage from '../../../src/app/pc-code';
import Mine from '../../../src/pages/mine';
import { ROUTES } from '../../../src/utils/routes';
import { ERROR_MESSAGES } from '../../../types/errors';
import { me } from '../builders';
import { api } from '../fake-api';
import { renderAs, screen } from '../render';

const request = Taro.request as jest.Mock;
const inFiveMinutes = () => new Date(Date.now() + 5 * 60_000).toISOString();
const issued = (code: string) => ({ statusCode: 200, data: { code: 0, data: { code, expiresAt: inFiveMinutes() } } });
const tooMany = { statusCode: 429, data: { code: 'AUTH.TOO_MANY', message: ERROR_MESSAGES['AUTH.TOO_MANY'] } };

beforeEach(() => request.mockReset());

test('我的 has 电脑登录 when the app talks to a host; it opens the code page', async () => {
  api.on('notice.list', () => ({ items: [], nextCursor: null, unread: 0 }));
  await renderAs(me(['staff']), <Mine />);
  fireEvent.click(await screen.findByText('电脑登录'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: ROUTES.pcCode });
});

test('shows the signed-in caller\'s code and how long it lasts; 换一个 shows a new one', async () => {
  request.mockResolvedValueOnce(issued('123456')).mockResolvedValueOnce(issued('654321'));
  await renderAs(me(['staff']), <PcCodePage />);
  expect(await screen.findByText('123456')).toBeInTheDocument();
  expect(screen.getByText(/^(5:00|4:5\d) 后失效/)).toBeInTheDocument();
  expect(request).toHaveBeenCalledWith(
    expect.objectContaining({ url: '/auth/pc-code', method: 'POST', header: expect.objectContaining({ Authorization: 'Bearer ui-test-token' }) }),
  );
  fireEvent.click(screen.getByText('换一个'));
  expect(await screen.findByText('654321')).toBeInTheDocument();
  expect(screen.queryByText('123456')).not.toBeInTheDocument();
});

test('asking too often: the host\'s Chinese message, on 换一个 and on the first load', async () => {
  request.mockResolvedValueOnce(issued('123456')).mockResolvedValueOnce(tooMany);
  const { unmount } = await renderAs(me(['staff']), <PcCodePage />);
  fireEvent.click(await screen.findByText('换一个'));
  expect(await screen.findByText('尝试次数太多了，请 5 分钟后再试')).toBeInTheDocument();
  unmount();

  request.mockResolvedValueOnce(tooMany);
  await renderAs(me(['staff']), <PcCodePage />);
  expect(await screen.findByText('尝试次数太多了，请 5 分钟后再试')).toBeInTheDocument();
  expect(screen.getByText('换一个')).toBeInTheDocument();
});
