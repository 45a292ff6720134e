/**
 * Beijing times without dayjs's timezone plugin (it needs Intl time zones some Android WeChat builds lack): a fixed
 * +08:00 gives what the plugin gave for every instant, whatever the phone's own time zone.
 */
import fc from 'fast-check';
import { atLocal, formatTime, local } from '../../../src/utils/time';
import { deadlineOf, today } from '../../../src/utils/deadline';

const PHONE_ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati'];
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

test('the timezone plugin is not loaded by the time helpers', () => {
  expect(Object.keys(require.cache).filter((k) => /dayjs[\\/]plugin[\\/]timezone/.test(k))).toEqual([]);
});

test('instants read as Beijing wall-clock time on a phone in any time zone', () => {
  for (const zone of PHONE_ZONES) {
    process.env.TZ = zone;
    const now = new Date('2026-11-21T06:00:00.000Z');
    expect([zone, formatTime('2026-11-21T16:30:00.000Z', now)]).toEqual([zone, '11月22日 00:30']);
    expect([zone, formatTime('2026-12-31T16:00:00.000Z', now)]).toEqual([zone, '2027年1月1日 00:00']);
    expect([zone, formatTime('2026-12-31T15:59:00.000Z', now)]).toEqual([zone, '12月31日 23:59']);
    expect([zone, local('2026-11-21T17:00:00.000Z').add(1, 'day').format('YYYY-MM-DD HH:mm')]).toEqual([zone, '2026-11-23 01:00']);
    expect([zone, atLocal('2026-11-22', '09:00')]).toEqual([zone, '2026-11-22T01:00:00.000Z']);
    expect([zone, atLocal('2027-01-01', '00:30')]).toEqual([zone, '2026-12-31T16:30:00.000Z']);
  }
});

test('a picked day ends at 23:59 Beijing time, and today is Beijing’s today', () => {
  process.env.TZ = 'America/Los_Angeles';
  // 2026-11-21 20:00 in Beijing is still the 21st; 2026-11-21 16:30 UTC is already the 22nd there.
  expect(today(new Date('2026-11-21T12:00:00.000Z'))).toBe('2026-11-21');
  expect(today(new Date('2026-11-21T16:30:00.000Z'))).toBe('2026-11-22');
  expect(deadlineOf({ date: '2026-11-25' })).toBe('2026-11-25T15:59:00.000Z');
});

test('the same text as the timezone plugin gave for any instant from 2000 to 2099', () => {
  const dayjs = require('dayjs');
  dayjs.extend(require('dayjs/plugin/timezone'));
  const instants = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true });
  fc.assert(
    fc.property(instants, fc.constantFrom(...PHONE_ZONES), (at, zone) => {
      process.env.TZ = zone;
      const iso = at.toISOString();
      const plugin = dayjs(iso).tz('Asia/Shanghai');
      expect(local(iso).format('YYYY-MM-DD HH:mm:ss ddd')).toBe(plugin.format('YYYY-MM-DD HH:mm:ss ddd'));
      expect(atLocal(plugin.format('YYYY-MM-DD'), plugin.format('HH:mm'))).toBe(dayjs.tz(plugin.format('YYYY-MM-DDTHH:mm:00'), 'Asia/Shanghai').toISOString());
    }),
    { numRuns: 300 },
  );
});
