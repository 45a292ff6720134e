/**
 * The compiled WeChat build launched on a weak network: the first `session.me` fails, so the home page says why and
 * offers 重试 instead of a skeleton forever; it loads once the network is back (WeChat's onNetworkStatusChange),
 * and then shows the unread count on the 我的 tab.
 */
import { fixtures } from './fixtures';
import { badges, cloudCalls, launch, networkChange, open, sleep, tapText } from './simulate';

const answer = fixtures['session.me'];
let offline = true;
fixtures['session.me'] = (data) => {
  if (offline) throw new Error('request:fail timeout');
  return answer(data);
};

beforeAll(launch, 240_000);

const lookups = () => cloudCalls.filter((c) => c.data.action === 'session.me').length;

test('home page: a failed first look-up shows 重试; still offline it stays so; the network coming back loads the home', async () => {
  const home = await open('pages/index/index');
  expect(home.dom.textContent).toContain('网络不太稳定，请检查网络后重试');
  expect(home.dom.textContent).not.toContain('我要点单');

  const before = lookups();
  tapText(home, '重试');
  await sleep(300);
  expect(lookups()).toBe(before + 1);
  expect(home.dom.textContent).toContain('重试');

  offline = false;
  networkChange(true);
  await sleep(300);
  expect(home.dom.textContent).toContain('我要点单');
  expect(home.dom.textContent).toContain('2 条未读');
  expect(badges).toContainEqual({ index: 1, text: '2' });
});
