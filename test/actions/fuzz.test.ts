/**
 * Every action's schema against generated hostile input (fast-check): NUL characters, dates outside what the stores
 * accept, cursors that decode to such dates, numbers past the columns' range, wrong types. Whatever arrives, the
 * answer is a typed error or a success — never SYSTEM.INTERNAL, which would mean the input reached the database.
 */
import fc from 'fast-check';
import { ACTIONS } from '../../cloud/actions/shared/registry.all';
import { createApi } from '../../cloud/actions/shared/api';
import { localPlatform } from '../../cloud/platform/platform.local';
import type { PgStore } from '../../cloud/store/store.pg';
import { makePerson, openTestStore, resetStore, submission } from '../factories';

const cursorOf = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
const FAR_DATES = ['0000-01-01T00:00:00Z', '-000001-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z', '9999-12-31T23:59:59Z', '1000-01-01T00:00:00+08:00'];

const hostileString = fc.oneof(
  fc.string(),
  fc.string().map((s) => `${s}\u0000${s}`),
  fc.constantFrom('a\u0000b', '\u0000', '\ud800', 'x'.repeat(5000), '东头村\u0000', ...FAR_DATES),
  fc.constantFrom(...FAR_DATES).map((d) => cursorOf([new Date(d).toISOString(), 'x'])),
  fc.constantFrom(...FAR_DATES).map((d) => cursorOf([d, '1'])),
  fc.date({ noInvalidDate: true }).map((d) => cursorOf([d.toISOString(), 'o1'])),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(2 ** 31, 2 ** 53, 1e20, -1, 0, 0.5)) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, {}, [], { building: 'a\u0000' }) },
);

/** The field names an action's schema knows, so most generated inputs get past the shape and into the checks. */
function fieldsOf(name: keyof typeof ACTIONS): string[] {
  const shape = (ACTIONS[name].input as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

let store: PgStore;
let orderId: string;
const callers = ['resident', 'member', 'staff', 'street'];

beforeAll(async () => {
  store = await openTestStore();
  await resetStore(store);
  for (const who of callers) await makePerson(store, who, who as 'resident');
  const api = createApi({ store, platform: localPlatform() });
  const res = await api({ action: 'order.submit', data: submission('fuzz') }, { openid: 'resident' });
  orderId = (res as { data: { id: string } }).data.id;
}, 60_000);
afterAll(() => store.close());

test.each(Object.keys(ACTIONS) as (keyof typeof ACTIONS)[])('%s: generated hostile input never reaches SYSTEM.INTERNAL', async (action) => {
  const internal: unknown[] = [];
  const api = createApi({ store, platform: localPlatform(), log: (_m, detail) => internal.push(detail) });
  const keys = [...fieldsOf(action), 'orderId', 'communityId', 'cursor', 'preferredTime', 'deadline'];
  const input = fc.dictionary(fc.constantFrom(...keys), hostileValue, { maxKeys: keys.length });
  await fc.assert(
    fc.asyncProperty(input, fc.constantFrom(...callers), fc.boolean(), fc.boolean(), async (data, who, realOrder, ownCommunity) => {
      if (realOrder) data.orderId = orderId;
      if (ownCommunity) data.communityId = 'c1';
      const res = await api({ action, data }, { openid: who });
      if (res.code === 'SYSTEM.INTERNAL') throw new Error(`${action} as ${who} with ${JSON.stringify(data)} → SYSTEM.INTERNAL: ${String(internal.at(-1))}`);
    }),
    { numRuns: 60 },
  );
});

test('an unexpected database error is logged without its SQL, parameters or quoted values', async () => {
  const failing = new Proxy(store, {
    get(target, prop, receiver) {
      if (prop !== 'ensureUser') return Reflect.get(target, prop, receiver);
      return async () => {
        throw Object.assign(new Error('duplicate key value violates unique constraint "orders_phone" Key (contact_phone)=(13912345678) "东头村5栋302"'), {
          code: '23505',
          query: 'INSERT INTO orders (contact_phone, address) VALUES ($1, $2)',
          params: ['13912345678', '东头村5栋302'],
        });
      };
    },
  });
  const logged: unknown[][] = [];
  const spy = jest.spyOn(console, 'error').mockImplementation((...args) => void logged.push(args));
  try {
    const res = await createApi({ store: failing, platform: localPlatform() })({ action: 'session.me', data: {} }, { openid: 'resident' });
    expect(res).toMatchObject({ code: 'SYSTEM.INTERNAL', message: expect.any(String) });
  } finally {
    spy.mockRestore();
  }
  const text = JSON.stringify(logged);
  expect(text).toContain('23505');
  for (const secret of ['13912345678', '302', 'INSERT INTO']) expect(text).not.toContain(secret);
});
