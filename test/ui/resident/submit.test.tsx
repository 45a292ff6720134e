/**
 * 我要点单: messages in Chinese beside the fields (ours and the server's), one idempotency key per draft kept
 * across a dropped network and a reopened page, 危及生命 puts the emergency numbers first, and the privacy
 * notice is agreed once before the first order.
 */
import { act, fireEvent } from '@testing-library/react';
import Taro from '@tarojs/taro';
import SubmitPage from '../../../src/app/resident/submit';
import { PRIVACY_KEY } from '../../../src/utils/privacy';
import { ROUTES } from '../../../src/utils/routes';
import type { SubmitInput } from '../../../types/actions';
import type { MenuView } from '../../../types/views';
import { me, orderDetail } from '../builders';
import { api, refuse } from '../fake-api';
import { renderAs, screen, waitFor } from '../render';

function menu(over: Partial<MenuView> = {}): MenuView {
  return {
    community: { id: 'c1', streetId: 'st1', name: '东头村社区', dutyPhone: '0519-86601234' },
    categories: [
      { id: 'c1-k1', communityId: 'c1', group: '生活服务', name: '水电维修', icon: 'water', basePoints: 5, sort: 1, photoRequired: true, defaultPriority: 'normal', active: true, fields: [] },
      { id: 'c1-k2', communityId: 'c1', group: '十大公益岗', name: '助老服务', icon: 'elder', basePoints: 6, sort: 0, photoRequired: true, defaultPriority: 'normal', active: true, fields: [] },
    ],
    grids: [
      { id: 'c1-g1', communityId: 'c1', name: '第一网格' },
      { id: 'c1-g2', communityId: 'c1', name: '第二网格' },
    ],
    teams: [],
    residentTags: [],
    ...over,
  };
}

const submits = () => api.callsOf('order.submit') as SubmitInput[];
const agreed = () => Taro.setStorageSync(PRIVACY_KEY, '2026-11-20T00:00:00.000Z');
const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
const press = (testId: string) => fireEvent.click(screen.getByTestId(testId));

async function open(params: Record<string, string> = {}, who = me(['resident'])) {
  api.on('menu.get', () => menu());
  const view = await renderAs(who, <SubmitPage />, params);
  await screen.findByTestId('submit-form');
  return view;
}

/** A complete, valid order. */
function fill() {
  fireEvent.click(screen.getByText('水电维修'));
  type('input-title', '厨房水龙头漏水');
  type('input-building', '3栋');
  type('input-contact-phone', '13912345678');
}

beforeEach(() => {
  Taro.clearStorage();
  jest.clearAllMocks();
});

test('an empty form shows what is missing beside each field, in Chinese, and sends nothing', async () => {
  agreed();
  await open();
  press('submit-button');
  expect(await screen.findByText('请选择需要的服务')).toBeInTheDocument();
  const beside = (field: string, text: string) => {
    const message = screen.getByTestId(`field-error-${field}`);
    expect(message).toHaveTextContent(text);
    expect(message.closest(`#field-${field.split('.')[0]}`)).not.toBeNull();
  };
  beside('categoryId', '请选择需要的服务');
  beside('title', '请填写需求标题');
  beside('address', '请填写楼栋门牌或选择所在网格，方便党员上门');
  beside('contactPhone', '请填写联系电话');
  // The name comes from the session, so it is not missing.
  expect(screen.getByTestId('input-contact-name')).toHaveValue('王秀英');
  expect(screen.queryByTestId('field-error-contactName')).not.toBeInTheDocument();
  expect(submits()).toEqual([]);
});

test('invalid input is explained beside the field and the message goes once it is fixed', async () => {
  agreed();
  await open();
  fireEvent.click(screen.getByText('水电维修'));
  type('input-title', '漏');
  type('input-unit', '2单元');
  type('input-contact-phone', '12345');
  type('input-contact-name', '');
  press('submit-button');
  expect(await screen.findByTestId('field-error-title')).toHaveTextContent('需求标题至少需要2个字');
  expect(screen.getByTestId('field-error-address.building')).toHaveTextContent('请填写楼栋');
  expect(screen.getByTestId('field-error-contactPhone')).toHaveTextContent('请填写正确的手机号或座机号');
  expect(screen.getByTestId('field-error-contactName')).toHaveTextContent('请填写联系人');
  type('input-contact-phone', '13912345678');
  expect(screen.queryByTestId('field-error-contactPhone')).not.toBeInTheDocument();
  expect(submits()).toEqual([]);
});

test("the server's field messages are shown beside the fields they name", async () => {
  agreed();
  api.on('order.submit', () =>
    refuse('INPUT.INVALID', { title: '需求标题最多40个字', 'address.building': '楼栋最多30个字', contactPhone: '请填写正确的手机号或座机号', 'photos.0': '图片地址无效' }),
  );
  await open();
  fill();
  press('submit-button');
  expect(await screen.findByTestId('field-error-address.building')).toHaveTextContent('楼栋最多30个字');
  expect(screen.getByTestId('field-error-address.building').closest('#field-address')).not.toBeNull();
  expect(screen.getByTestId('field-error-title').closest('#field-title')).toHaveTextContent('需求标题最多40个字');
  expect(screen.getByTestId('field-error-contactPhone').closest('#field-contactPhone')).toHaveTextContent('请填写正确的手机号或座机号');
  expect(screen.getByTestId('field-error-photos').closest('#field-photos')).toHaveTextContent('图片地址无效');
  // And the toast says the server's own words.
  expect(screen.getByText('填写的内容有误，请检查后重试')).toBeInTheDocument();
});

test('a grid alone is enough for the place, and a wrong one is pointed at', async () => {
  agreed();
  api.on('order.submit', () => refuse('GRID.NOT_FOUND'));
  await open();
  fireEvent.click(screen.getByText('水电维修'));
  type('input-title', '楼道灯坏了');
  type('input-contact-phone', '051986601234');
  fireEvent.click(screen.getByText('第二网格'));
  press('submit-button');
  expect(await screen.findByTestId('field-error-gridId')).toHaveTextContent('该网格不存在');
  expect(submits()[0]).toMatchObject({ gridId: 'c1-g2', address: null, contactPhone: '051986601234' });
});

test('the building typed suggests its grid, which follows the building until the resident picks one', async () => {
  agreed();
  api.on('menu.get', () => menu({ grids: [{ id: 'c1-g1', communityId: 'c1', name: '第一网格', buildings: ['1栋', '3栋'] }, { id: 'c1-g2', communityId: 'c1', name: '第二网格', buildings: ['5号楼'] }] }));
  await renderAs(me(['resident']), <SubmitPage />);
  await screen.findByTestId('submit-form');
  const chosen = () => screen.getAllByTestId('grid-option').filter((c) => c.getAttribute('aria-checked') === 'true').map((c) => c.textContent);
  type('input-building', '3号楼');
  expect(chosen()).toEqual(['第一网格']);
  type('input-building', '5栋');
  expect(chosen()).toEqual(['第二网格']);
  type('input-building', '9栋');
  expect(chosen()).toEqual([]);
  // Picked by hand: it stays whatever the building.
  fireEvent.click(screen.getByText('第一网格'));
  type('input-building', '5栋');
  expect(chosen()).toEqual(['第一网格']);
  fireEvent.click(screen.getByText('水电维修'));
  type('input-title', '楼道灯坏了');
  type('input-contact-phone', '13912345678');
  press('submit-button');
  await waitFor(() => expect(submits()).toHaveLength(1));
  expect(submits()[0]).toMatchObject({ gridId: 'c1-g1', address: { building: '5栋' } });
});

test('a retry after the network dropped sends the same key, even after reopening the page; a new order gets a new key', async () => {
  agreed();
  let online = false;
  api.on('order.submit', (input) => (online ? orderDetail({ id: `o-${submits().length}`, title: input.title }) : refuse('NETWORK.OFFLINE')));
  const first = await open();
  fill();
  press('submit-button');
  expect(await screen.findByTestId('submit-offline')).toHaveTextContent('内容已保存');
  expect(screen.getAllByText('网络不太稳定，请检查网络后重试').length).toBeGreaterThan(0);
  // Retry on the same page: same key.
  press('submit-button');
  await waitFor(() => expect(submits()).toHaveLength(2));
  expect(submits()[1].idempotencyKey).toBe(submits()[0].idempotencyKey);
  const key = submits()[0].idempotencyKey;
  expect(key.length).toBeGreaterThanOrEqual(8);

  // The resident closes the page and comes back later: what they typed and the key are still there.
  first.unmount();
  online = true;
  const second = await open();
  expect(screen.getByTestId('draft-restored')).toBeInTheDocument();
  expect(screen.getByTestId('input-title')).toHaveValue('厨房水龙头漏水');
  press('submit-button');
  await waitFor(() => expect(submits()).toHaveLength(3));
  expect(submits()[2]).toMatchObject({ idempotencyKey: key, title: '厨房水龙头漏水', categoryId: 'c1-k1', address: { building: '3栋', unit: '', room: '' } });
  expect(await screen.findByText('提交成功，社区会尽快受理')).toBeInTheDocument();
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `${ROUTES.order}?id=o-3` }), { timeout: 2000 });

  // The next order is a new draft with a new key; contact and place are offered again.
  second.unmount();
  await open();
  expect(screen.queryByTestId('draft-restored')).not.toBeInTheDocument();
  expect(screen.getByTestId('input-title')).toHaveValue('');
  expect(screen.getByTestId('input-contact-phone')).toHaveValue('13912345678');
  expect(screen.getByTestId('input-building')).toHaveValue('3栋');
  fireEvent.click(screen.getAllByText('助老服务').at(-1)!);
  type('input-title', '想请人陪同去医院');
  press('submit-button');
  await waitFor(() => expect(submits()).toHaveLength(4));
  expect(submits()[3].idempotencyKey).not.toBe(key);
});

test('清空重填 drops the saved draft and its key', async () => {
  agreed();
  api.on('order.submit', () => refuse('NETWORK.OFFLINE'));
  const first = await open();
  fill();
  press('submit-button');
  await screen.findByTestId('submit-offline');
  first.unmount();
  await open();
  press('draft-clear');
  expect(screen.getByTestId('input-title')).toHaveValue('');
  fill();
  press('submit-button');
  await waitFor(() => expect(submits()).toHaveLength(2));
  expect(submits()[1].idempotencyKey).not.toBe(submits()[0].idempotencyKey);
});

test('choosing 危及生命 puts 120 / 110 and the duty phone on the whole screen first, then the form goes on', async () => {
  agreed();
  api.on('order.submit', () => orderDetail({ id: 'o9', urgency: 'life_threatening' }));
  await open();
  expect(screen.queryByTestId('urgency-prompt')).not.toBeInTheDocument();
  press('urgency-life_threatening');
  const prompt = screen.getByTestId('urgency-prompt');
  expect(prompt).toHaveTextContent('危及生命，请先打电话求救');
  expect(prompt).toHaveTextContent('拨打 120 急救');
  expect(prompt).toHaveTextContent('拨打 110 报警');
  expect(prompt).toHaveTextContent('拨打社区值班电话 0519-86601234');
  // Nothing else happened: no consent sheet, nothing sent.
  expect(screen.queryByTestId('privacy-consent')).not.toBeInTheDocument();
  expect(submits()).toEqual([]);

  press('call-120');
  expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '120' });
  press('call-duty');
  expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '0519-86601234' });

  press('urgency-continue');
  expect(screen.queryByTestId('urgency-prompt')).not.toBeInTheDocument();
  expect(screen.getByTestId('urgency-life_threatening')).toHaveAttribute('aria-checked', 'true');
  fill();
  press('submit-button');
  await waitFor(() => expect(submits()).toHaveLength(1));
  expect(submits()[0].urgency).toBe('life_threatening');
});

test('选错了 on the emergency screen goes back to the urgency chosen before', async () => {
  await open();
  press('urgency-urgent');
  press('urgency-life_threatening');
  expect(screen.getByTestId('urgency-prompt')).toBeInTheDocument();
  press('urgency-back');
  expect(screen.queryByTestId('urgency-prompt')).not.toBeInTheDocument();
  expect(screen.getByTestId('urgency-urgent')).toHaveAttribute('aria-checked', 'true');
});

test('the privacy notice must be agreed before the first order, and is not asked again', async () => {
  api.on('order.submit', () => orderDetail({ id: 'o1' }));
  const first = await open();
  fill();
  press('submit-button');
  const sheet = await screen.findByTestId('privacy-consent');
  for (const part of ['我们收集', '用途', '谁能看到', '保存多久']) expect(sheet).toHaveTextContent(part);
  expect(submits()).toEqual([]);

  press('privacy-disagree');
  expect(screen.queryByTestId('privacy-consent')).not.toBeInTheDocument();
  expect(await screen.findByText('需要您同意隐私说明后才能提交')).toBeInTheDocument();
  expect(submits()).toEqual([]);

  press('submit-button');
  await screen.findByTestId('privacy-consent');
  press('privacy-agree');
  await waitFor(() => expect(submits()).toHaveLength(1));
  expect(Taro.getStorageSync(PRIVACY_KEY)).toBeTruthy();
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled(), { timeout: 2000 });

  first.unmount();
  await open();
  fill();
  press('submit-button');
  await waitFor(() => expect(submits()).toHaveLength(2));
  expect(screen.queryByTestId('privacy-consent')).not.toBeInTheDocument();
});

test("in WeChat the platform's privacy request is answered through the same sheet", async () => {
  const env = process.env.TARO_ENV;
  const listen = jest.fn();
  (Taro as any).onNeedPrivacyAuthorization = listen;
  (Taro as any).openPrivacyContract = jest.fn();
  process.env.TARO_ENV = 'weapp';
  try {
    await open();
    expect(listen).toHaveBeenCalledTimes(1);
    const resolve = jest.fn();
    act(() => listen.mock.calls[0][0](resolve, { referrer: 'chooseImage' }));
    expect(screen.getByTestId('privacy-consent')).toBeInTheDocument();
    expect(resolve).toHaveBeenCalledWith({ event: 'exposureAuthorization' });
    press('privacy-disagree');
    expect(resolve).toHaveBeenLastCalledWith({ event: 'disagree' });
    expect(screen.queryByTestId('privacy-consent')).not.toBeInTheDocument();
  } finally {
    process.env.TARO_ENV = env;
    delete (Taro as any).onNeedPrivacyAuthorization;
    delete (Taro as any).openPrivacyContract;
  }
});

test('opened from a menu item the service is already chosen; photos, grid and a preferred time are sent', async () => {
  agreed();
  (Taro.chooseMedia as jest.Mock).mockResolvedValueOnce({ tempFiles: [{ tempFilePath: 'a.jpg' }, { tempFilePath: 'b.jpg' }] });
  api.on('order.submit', () => orderDetail({ id: 'o7' }));
  await open({ categoryId: 'c1-k2' });
  expect(screen.getByText('助老服务').closest('[data-testid="category-option"]')).toHaveAttribute('aria-checked', 'true');
  type('input-title', '想请人陪同去医院');
  type('input-building', '5栋');
  type('input-room', '302');
  type('input-contact-phone', '13800001111');
  fireEvent.click(screen.getByText('第一网格'));
  press('time-quick-tomorrow-am');
  fireEvent.click(screen.getByLabelText('添加图片'));
  await waitFor(() => expect(screen.getAllByLabelText('删除图片')).toHaveLength(2));
  press('submit-button');
  await waitFor(() => expect(submits()).toHaveLength(1));
  const sent = submits()[0];
  expect(sent).toMatchObject({
    communityId: 'c1',
    categoryId: 'c1-k2',
    address: { building: '5栋', unit: '', room: '302' },
    gridId: 'c1-g1',
    contactName: '王秀英',
    urgency: 'normal',
  });
  expect(sent.photos).toHaveLength(2);
  // 明天上午 is 09:00 Beijing time, 01:00 UTC.
  expect(sent.preferredTime).toMatch(/T01:00:00\.000Z$/);
  expect(Date.parse(sent.preferredTime!)).toBeGreaterThan(Date.now());
});

test('a category the menu does not have is not preselected', async () => {
  await open({ categoryId: 'gone' });
  for (const option of screen.getAllByTestId('category-option')) expect(option).toHaveAttribute('aria-checked', 'false');
});

test('someone who has not joined a community is sent to join first', async () => {
  await renderAs({ ...me([]), communities: [] }, <SubmitPage />);
  fireEvent.click(await screen.findByText('加入社区'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/app/resident/join/index' });
});

test('a menu that cannot load says why and can be retried', async () => {
  let fail = true;
  api.on('menu.get', () => (fail ? refuse('NETWORK.OFFLINE') : menu()));
  await renderAs(me(['resident']), <SubmitPage />);
  expect((await screen.findAllByText('网络不太稳定，请检查网络后重试')).length).toBeGreaterThan(0);
  fail = false;
  fireEvent.click(screen.getByText('重新加载'));
  expect(await screen.findByTestId('submit-form')).toBeInTheDocument();
});

test("the chosen service's own questions are asked, checked and sent; a retired service is not offered", async () => {
  agreed();
  const [repair, elder] = menu().categories;
  const withFields = menu({
    categories: [
      { ...repair, fields: [
        { key: 'spot', label: '故障位置', type: 'single', required: true, choices: ['厨房', '卫生间'] },
        { key: 'count', label: '几处', type: 'number', required: false, hint: '不清楚可不填' },
      ] },
      { ...elder, active: false },
    ],
  });
  api.on('menu.get', () => withFields);
  api.on('order.submit', () => orderDetail());
  await renderAs(me(['resident']), <SubmitPage />);
  await screen.findByTestId('submit-form');
  expect(screen.queryByText('助老服务')).not.toBeInTheDocument();
  expect(screen.queryByText('故障位置')).not.toBeInTheDocument();
  fill();
  expect(screen.getByText('故障位置')).toBeInTheDocument();
  expect(screen.getByText('不清楚可不填')).toBeInTheDocument();
  press('submit-button');
  expect(await screen.findByTestId('field-error-answers.spot')).toHaveTextContent('请填写“故障位置”');
  expect(submits()).toEqual([]);

  fireEvent.click(screen.getByText('卫生间'));
  type('answer-count', '2');
  await waitFor(() => expect(screen.queryByTestId('field-error-answers.spot')).not.toBeInTheDocument());
  press('submit-button');
  await waitFor(() => expect(submits()).toHaveLength(1));
  expect(submits()[0]).toMatchObject({ categoryId: 'c1-k1', answers: { spot: '卫生间', count: 2 } });
});
