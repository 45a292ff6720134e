/**
 * The compiled WeChat build, loaded by miniprogram-simulate (WeChat's own template compiler on a DOM): the home
 * page and the order detail page render from the cloud function's answers and respond to taps. Catches what
 * jsdom tests of the React source cannot: the weapp build itself.
 */
import { ariaOf, cloudCalls, launch, navigations, open, sleep, tapText } from './simulate';

beforeAll(launch, 240_000);

test('home page: the resident sees the service menu from the cloud and 我要点单 opens the form', async () => {
  const home = await open('pages/index/index');
  expect(home.dom.textContent).toContain('我要点单');
  expect(home.dom.textContent).toContain('邻里守望');
  expect(cloudCalls.map((c) => [c.name, c.data.action])).toEqual(expect.arrayContaining([['api', 'session.me'], ['api', 'menu.get']]));
  tapText(home, '我要点单');
  await sleep(50);
  expect(navigations).toContain('/app/resident/submit/index');
});

test('order detail: the masked contact as the cloud sent it, the current step marked for the screen reader, and 我来接单 asks to confirm', async () => {
  const page = await open('app/order/detail/index', { id: 'o1' });
  expect(page.dom.textContent).toContain('楼道灯坏了');
  expect(ariaOf(page, 'order-steps__step--now', 'aria-current')).toBe('step');
  expect(page.dom.textContent).toContain('139******78');
  expect(page.dom.textContent).not.toContain('13912345678');
  tapText(page, '我来接单');
  await sleep(300);
  expect(page.dom.textContent).toContain('确认认领这个需求？');
});

