/**
 * Pool-match notices over HTTP: a member who opted in (member.setNotify) hears from the sweep of a new 接单大厅 order
 * matching their skills, once per order and at most three a day; one who did not opt in, or does not match, hears
 * nothing.
 */
import { sweep } from '../../cloud/jobs/sweep';
import { makePerson, resetStore, startTestHost, submission, type Client, type TestHost } from '../factories';

const DAY = 24 * 3_600_000;
let now = new Date();
let host: TestHost;

beforeAll(async () => {
  host = await startTestHost({ clock: () => now });
});
afterAll(() => host.stop());
beforeEach(async () => {
  // Mid-morning in China, so the whole test stays within one day there.
  now = new Date(Math.floor(Date.now() / DAY) * DAY + 2 * 3_600_000);
  await resetStore(host.store);
});

const poolMatches = async (who: Client) => (await who.ok('notice.list', {})).items.filter((n) => n.kind === 'pool_match');

test('an opted-in matching member hears of new pool orders after the sweep, once each and three a day; others hear nothing', async () => {
  await makePerson(host.store, 'resident', 'resident');
  await makePerson(host.store, 'staff', 'staff');
  for (const openid of ['plumber', 'quiet']) await makePerson(host.store, openid, 'member', 'c1', { skills: ['水电维修'] });
  await makePerson(host.store, 'tutor', 'member', 'c1', { skills: ['课业辅导'] });
  const [resident, staff, plumber, quiet, tutor] = await Promise.all(['resident', 'staff', 'plumber', 'quiet', 'tutor'].map((o) => host.as(o)));
  for (const who of [plumber, tutor]) expect(await who.ok('member.setNotify', { communityId: 'c1', notifyPool: true })).toMatchObject({ notifyPool: true });
  expect(await quiet.ok('member.me', { communityId: 'c1' })).toMatchObject({ notifyPool: false });

  const deadline = new Date(now.getTime() + 3 * DAY).toISOString();
  const dispatchNew = async (title: string) => {
    now = new Date(now.getTime() + 1000); // a second apart: the oldest new orders fill the day
    const { id } = await resident.ok('order.submit', submission(title, { title }));
    await staff.ok('order.dispatch', { orderId: id, deadline, poolLimit: { skills: ['水电维修'] } });
    return id;
  };
  const first = await dispatchNew('水龙头漏水');
  await sweep(host.store, now);
  await sweep(host.store, now); // run again: still one
  expect(await poolMatches(plumber)).toEqual([
    expect.objectContaining({ orderId: first, title: '水龙头漏水', text: '接单大厅有新需求：水龙头漏水', read: false }),
  ]);
  expect(await poolMatches(quiet)).toEqual([]);
  expect(await poolMatches(tutor)).toEqual([]);

  // Three more in the same day: two reach the plumber, the fourth of the day does not.
  const more = [await dispatchNew('暖气片漏水'), await dispatchNew('下水道堵塞'), await dispatchNew('电灯不亮')];
  await sweep(host.store, now);
  expect((await poolMatches(plumber)).map((n) => n.orderId).sort()).toEqual([first, more[0], more[1]].sort());

  // The next day the count starts again, but opting out stops them.
  await plumber.ok('member.setNotify', { communityId: 'c1', notifyPool: false });
  now = new Date(now.getTime() + DAY);
  await dispatchNew('马桶漏水');
  await sweep(host.store, now);
  expect(await poolMatches(plumber)).toHaveLength(3);
});
