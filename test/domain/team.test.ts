/**
 * Team orders (headcount > 1): each holder reports their own part; the last part (or staff closing for the team)
 * sends the order to 待评价; points and hours follow each holder's own part when it closes.
 */
import type { Holder, MemberProfile, Order, RoleGrant } from '../../types/domain';
import type { Caller } from '../../cloud/domain/access';
import { DomainError } from '../../cloud/domain/domain.error';
import type { Command } from '../../cloud/domain/order.commands';
import { newOrder } from '../../cloud/domain/order.create';
import { availableCommands, decide, type Decision } from '../../cloud/domain/order.decide';

const NOW = new Date('2026-03-01T02:00:00Z');
const at = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000).toISOString();

const grant = (role: RoleGrant['role']): RoleGrant => ({ role, communityId: 'c1', streetId: null, memberStatus: null });
const profile = (userId: string): MemberProfile => ({
  userId, communityId: 'c1', realName: userId, phone: '13900001111', workUnit: '', branch: '', skills: [], teamId: null, gridId: null,
  status: 'verified', reviewNote: null, notifyPool: false, createdAt: at(-720),
});
const member = (userId: string): Caller => ({ userId, name: userId, roles: [grant('member')], member: profile(userId) });
const STAFF: Caller = { userId: 'u-staff', name: '李娟', roles: [grant('staff')], member: null };
const OWNER: Caller = { userId: 'u-owner', name: '王阿姨', roles: [grant('resident')], member: null };

const part = (hours: number) => ({ note: `干了${hours}小时`, photos: ['p.jpg'], hours, at: at(-1) });
const holder = (memberId: string, hours: number | null = null): Holder => ({
  memberId, name: memberId, claimedAt: at(-24), progressAt: null, remindedAt: null, part: hours === null ? null : part(hours),
});

/** A 3-person 微心愿 in progress, with these holders. */
function team(holders: Holder[], over: Partial<Order> = {}): Order {
  const base = newOrder(
    {
      id: 'o1', residentId: 'u-owner', community: { id: 'c1', streetId: 'st1', name: '一号社区', dutyPhone: '' },
      category: { id: 'k1', communityId: 'c1', group: '常用', name: '环境整治', icon: '', basePoints: 5, sort: 0, photoRequired: true, defaultPriority: 'normal', active: true, fields: [] },
      gridId: 'c1-g1', gridIds: ['c1-g1'], title: '楼道杂物清理', description: '', photos: [], address: null, preferredTime: null,
      contactName: '王阿姨', contactPhone: '13912345678', urgency: 'normal',
    },
    new Date(at(-48)),
  );
  return { ...base, status: 'in_progress', mode: 'pool', deadline: at(72), headcount: 3, points: 10, holders, ...over };
}

const report = (hours: number, photos = ['r.jpg'], photoRequired = true): Command => ({ type: 'report_part', note: '我负责搬运', photos, hours, photoRequired });
const closeTeam: Command = { type: 'close_team', reason: '王五生病住院，社区代为结单' };
const as = (caller: Caller, o: Order, c: Command): Decision => decide(o, c, { now: NOW, caller });
function refusal(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
}
/** The order as the store leaves it after a decision: status, patch, and the reporting holder's part. */
function apply(o: Order, d: Decision): Order {
  const holders = o.holders.map((h) => (d.part?.memberId === h.memberId ? { ...h, part: { ...d.part, at: NOW.toISOString() } } : h));
  return { ...o, ...d.patch, status: d.to, holders: d.clearParts ? holders.map((h) => ({ ...h, part: null })) : holders };
}

describe('each holder reports their own part', () => {
  test('2 of 3 reported leaves it in progress; the third sends it to 待评价 with the team’s hours', () => {
    let o = team([holder('u-a'), holder('u-b'), holder('u-c')]);
    const first = as(member('u-a'), o, report(2));
    expect(first).toMatchObject({ command: 'report_part', to: 'in_progress', patch: {}, note: '我负责搬运', photos: ['r.jpg'] });
    expect(first.part).toEqual({ memberId: 'u-a', note: '我负责搬运', photos: ['r.jpg'], hours: 2 });
    o = apply(o, first);
    o = apply(o, as(member('u-b'), o, report(1)));
    expect(o.status).toBe('in_progress');
    const last = as(member('u-c'), o, report(0.5));
    expect(last).toMatchObject({ to: 'awaiting_rating', patch: { completedAt: NOW.toISOString(), serviceHours: 3.5 } });
  });

  test('in the pool with slots still free, the holders so far finishing sends it to 待评价', () => {
    const o = team([holder('u-a', 1), holder('u-b')], { status: 'open' });
    expect(as(member('u-b'), o, report(1)).to).toBe('awaiting_rating');
  });

  test('a holder reports once; having reported they may not let go', () => {
    const o = team([holder('u-a', 2), holder('u-b'), holder('u-c')]);
    expect(refusal(() => as(member('u-a'), o, report(1)))).toBe('ORDER.PART_REPORTED');
    expect(refusal(() => as(member('u-a'), o, { type: 'release', reason: '有事' }))).toBe('ORDER.PART_REPORTED_NO_RELEASE');
    expect(as(member('u-b'), o, { type: 'release', reason: '有事' }).to).toBe('open');
  });

  test('a team order is not completed by one report for everyone, nor a one-person order by parts', () => {
    const o = team([holder('u-a'), holder('u-b'), holder('u-c')]);
    const complete: Command = { type: 'complete', note: '已完成', photos: ['c.jpg'], hours: 2, photoRequired: true };
    expect(refusal(() => as(member('u-a'), o, complete))).toBe('ORDER.INVALID_TRANSITION');
    const solo = team([holder('u-a')], { headcount: 1 });
    expect(refusal(() => as(member('u-a'), solo, report(2)))).toBe('ORDER.INVALID_TRANSITION');
    expect(as(member('u-a'), solo, complete).to).toBe('awaiting_rating');
  });

  test('the buttons: report for a holder who has not reported, 代为结单 for staff once a part is in', () => {
    const o = team([holder('u-a', 2), holder('u-b'), holder('u-c')]);
    const buttons = (c: Caller, order: Order) => availableCommands(order, { now: NOW, caller: c }).sort();
    expect(buttons(member('u-b'), o)).toEqual(['progress', 'release', 'report_part']);
    expect(buttons(member('u-a'), o)).toEqual(['progress']);
    expect(buttons(STAFF, o)).toContain('close_team');
    expect(buttons(STAFF, team([holder('u-a'), holder('u-b')]))).not.toContain('close_team');
  });
});

describe('completion needs a photo unless the category says otherwise', () => {
  test('no photo: refused with a Chinese reason for parts and one-person orders alike', () => {
    const o = team([holder('u-a'), holder('u-b')]);
    expect(refusal(() => as(member('u-a'), o, report(1, [])))).toBe('ORDER.PHOTO_REQUIRED');
    const solo = team([holder('u-a')], { headcount: 1 });
    const bare: Command = { type: 'complete', note: '已完成', photos: [], hours: 1, photoRequired: true };
    expect(refusal(() => as(member('u-a'), solo, bare))).toBe('ORDER.PHOTO_REQUIRED');
    expect(as(member('u-a'), solo, { ...bare, photoRequired: false }).to).toBe('awaiting_rating');
    expect(as(member('u-a'), o, report(1, [], false)).to).toBe('in_progress');
  });
});

describe('staff close it for the team (代为结单)', () => {
  test('with 1 of 3 reported: 待评价 with that part’s hours; only that holder is paid when it closes', () => {
    const o = team([holder('u-a'), holder('u-b', 2.5), holder('u-c')]);
    const d = as(STAFF, o, closeTeam);
    expect(d).toMatchObject({ to: 'awaiting_rating', actorRole: 'staff', note: '王五生病住院，社区代为结单' });
    expect(d.patch).toEqual({ completedAt: NOW.toISOString(), serviceHours: 2.5 });
    const confirmed = as(OWNER, apply(o, d), { type: 'confirm', stars: 5, comment: null });
    expect(confirmed.awards).toEqual([{ memberId: 'u-b', points: 10, hours: 2.5 }]);
    expect(confirmed.finish).toBe(true);
  });

  test('not before anyone reported, and never by a member', () => {
    const none = team([holder('u-a'), holder('u-b')]);
    expect(refusal(() => as(STAFF, none, closeTeam))).toBe('ORDER.NO_PARTS');
    expect(refusal(() => as(member('u-a'), team([holder('u-a', 1), holder('u-b')]), closeTeam))).toBe('AUTH.FORBIDDEN');
  });
});

describe('points and hours from each holder’s own part', () => {
  test('confirm and auto-close pay each holder their own hours', () => {
    const o = team([holder('u-a', 2), holder('u-b', 1), holder('u-c', 0.5)], { status: 'awaiting_rating', serviceHours: 3.5 });
    const want = [
      { memberId: 'u-a', points: 10, hours: 2 },
      { memberId: 'u-b', points: 10, hours: 1 },
      { memberId: 'u-c', points: 10, hours: 0.5 },
    ];
    expect(as(OWNER, o, { type: 'confirm', stars: 4, comment: null }).awards).toEqual(want);
    expect(decide(o, { type: 'auto_close' }, { now: NOW, caller: { userId: 'system', name: '系统', roles: [], member: null, system: true } }).awards).toEqual(want);
  });

  test('未解决: the parts are reported afresh (the earlier ones stay in the timeline), and the new part counts', () => {
    const o = team([holder('u-a', 2), holder('u-b', 1), holder('u-c', 1)], { status: 'awaiting_rating' });
    const reopened = as(OWNER, o, { type: 'reopen', reason: '还有一袋没清走' });
    expect(reopened).toMatchObject({ to: 'in_progress', clearParts: true });
    let again = apply(o, reopened);
    expect(again.holders.map((h) => h.part)).toEqual([null, null, null]);
    for (const [id, hours] of [['u-a', 3], ['u-b', 1], ['u-c', 1]] as const) again = apply(again, as(member(id), again, report(hours)));
    expect(again.status).toBe('awaiting_rating');
    expect(as(OWNER, again, { type: 'confirm', stars: 5, comment: null }).awards?.[0]).toEqual({ memberId: 'u-a', points: 10, hours: 3 });
  });
});
