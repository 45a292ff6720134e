/**
 * The 微心愿 workflow as a caller meets it: decideWish() and availableWishCommands(), every status × command × kind
 * of caller. SPEC restates the table by hand, independent of cloud/domain/wish.machine.ts, so a cell added, dropped
 * or opened to another caller in the machine fails here. Pure: the clock is ctx.now.
 */
import type { RoleGrant } from '../../types/domain';
import type { ErrorCode } from '../../types/errors';
import { WISH_STATUSES, type Unit, type Wish, type WishCommand, type WishStatus } from '../../types/wishes';
import { SYSTEM_CALLER, type Caller } from '../../cloud/domain/access';
import { DomainError } from '../../cloud/domain/domain.error';
import { DEFAULT_SETTINGS } from '../../cloud/domain/policies';
import type { WishCommandInput } from '../../cloud/domain/wish.commands';
import { newWish } from '../../cloud/domain/wish.create';
import { availableWishCommands, decideWish } from '../../cloud/domain/wish.decide';

const NOW = new Date('2026-03-01T02:00:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();

const grant = (role: RoleGrant['role'], communityId = 'c1'): RoleGrant => ({ role, communityId, streetId: null, memberStatus: null });

function person(userId: string, roles: RoleGrant[], memberStatus: 'verified' | 'pending' | null = null, communityId = 'c1'): Caller {
  const member = memberStatus
    ? { userId, communityId, realName: `党员${userId}`, phone: '13900001111', workUnit: '单位', branch: '支部', skills: [], teamId: null, gridId: null, status: memberStatus, reviewNote: null, notifyPool: false, createdAt: at(-999) }
    : null;
  return { userId, name: userId, roles, member };
}

function unitOf(id: string, contact: string, status: Unit['status'] = 'verified', communityId = 'c1'): Unit {
  return { id, communityId, name: `单位${id}`, kind: 'new_org', contactName: '联系人', phone: '13800001111', contactIds: [contact], status, reviewNote: null, createdAt: at(-999) };
}

/** Every kind of caller, and the unit they act for (null: as themself). */
const WHO = {
  staff: [person('staff', [grant('staff')]), null],
  staffOther: [person('staff2', [grant('staff', 'c2')]), null],
  member: [person('m1', [grant('member')], 'verified'), null],
  claimerMember: [person('holder', [grant('member')], 'verified'), null],
  pendingMember: [person('p1', [grant('member')], 'pending'), null],
  memberOther: [person('m2', [grant('member', 'c2')], 'verified', 'c2'), null],
  unit: [person('uc', [grant('resident')]), unitOf('u1', 'uc')],
  claimerUnit: [person('hc', [grant('resident')]), unitOf('u9', 'hc')],
  pendingUnit: [person('pc', [grant('resident')]), unitOf('u2', 'pc', 'pending')],
  notContact: [person('nc', [grant('resident')]), unitOf('u1', 'uc')],
  resident: [person('r1', [grant('resident')]), null],
  system: [SYSTEM_CALLER, null],
} as const satisfies Record<string, readonly [Caller, Unit | null]>;
type Who = keyof typeof WHO;

/** By hand: who may give each command in each status. The claimer is 'claimerMember' unless the row says unit. */
const SPEC: Record<WishStatus, Partial<Record<WishCommand, readonly Who[]>>> = {
  open: { claim: ['member', 'claimerMember', 'unit', 'claimerUnit'], expire: ['system'] },
  claimed: { release: ['claimerMember'], deliver: ['claimerMember'], expire: ['system'] },
  delivered: { confirm: ['staff'] },
  realised: {},
  returned: { repost: ['staff'] },
};
const TO: Record<WishCommand, WishStatus> = { claim: 'claimed', release: 'open', deliver: 'delivered', confirm: 'realised', expire: 'returned', repost: 'open' };
const COMMANDS = Object.keys(TO) as WishCommand[];

/** A wish in `status`, claimed by 'holder' where it is held, released and due in a week, or past it for expire. */
function wishIn(status: WishStatus, deadline = at(7 * 24 * 60)): Wish {
  const w = newWish(
    { id: 'w1', community: { id: 'c1', streetId: 'st1', name: '东头村' }, beneficiaryId: 'resident-1', beneficiaryTag: '独居老人', title: '收音机', story: '老人想听戏曲', photos: [], value: 80, points: 5, releaseAt: at(-60), deadline, postedBy: 'staff' },
    new Date(Date.parse(at(-120))),
    DEFAULT_SETTINGS,
  );
  const held = status === 'claimed' || status === 'delivered' || status === 'realised';
  return { ...w, status, claimer: held ? { kind: 'member', id: 'holder', name: '党员holder' } : null, claimedBy: held ? 'holder' : null };
}

function command(type: WishCommand, who: Who): WishCommandInput {
  const [caller, unit] = WHO[who];
  switch (type) {
    case 'claim':
      return { type, claimer: unit ? { kind: 'unit', id: unit.id, name: unit.name } : { kind: 'member', id: caller.userId, name: caller.name }, held: 0, holdLimit: 2 };
    case 'deliver':
      return { type, note: '已送到', photos: [] };
    case 'confirm':
      return { type, thanks: '谢谢' };
    case 'repost':
      return { type, releaseAt: at(10), deadline: at(5000) };
    default:
      return { type } as WishCommandInput;
  }
}

/** What a refused caller reads: the pending ones are told why; claims on a held wish say it is taken. */
function refusal(status: WishStatus, type: WishCommand, who: Who): ErrorCode {
  if (!SPEC[status][type]) {
    if (type !== 'claim') return 'WISH.INVALID_TRANSITION';
    if (status === 'returned' || status === 'open') return 'WISH.INVALID_TRANSITION';
    return who === 'claimerMember' ? 'WISH.ALREADY_CLAIMED' : 'WISH.TAKEN';
  }
  if (type === 'claim' && who === 'pendingMember') return 'MEMBER.NOT_VERIFIED';
  if (type === 'claim' && who === 'pendingUnit') return 'UNIT.NOT_VERIFIED';
  return 'AUTH.FORBIDDEN';
}

function outcome(status: WishStatus, type: WishCommand, who: Who): WishStatus | ErrorCode {
  const [caller, unit] = WHO[who];
  const past = type === 'expire' ? at(-1) : undefined;
  const wish = wishIn(status, past);
  try {
    return decideWish(wish, command(type, who), { now: NOW, caller, unit }).to;
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
}

describe('every status × command × caller', () => {
  for (const status of WISH_STATUSES) {
    for (const type of COMMANDS) {
      for (const who of Object.keys(WHO) as Who[]) {
        const allowed = SPEC[status][type]?.includes(who) ?? false;
        const want = allowed ? TO[type] : refusal(status, type, who);
        test(`${status} · ${type} · ${who} → ${want}`, () => expect(outcome(status, type, who)).toBe(want));
      }
    }
  }
});

describe('guards', () => {
  const [member] = WHO.member;
  const claim = (wish: Wish, held = 0, now = NOW) =>
    decideWish(wish, { type: 'claim', claimer: { kind: 'member', id: 'm1', name: '党员m1' }, held, holdLimit: 2 }, { now, caller: member, unit: null });
  const code = (fn: () => unknown) => {
    try {
      fn();
      return null;
    } catch (e) {
      return (e as DomainError).code;
    }
  };

  test('claiming before the release time is refused, at it allowed', () => {
    const wish = { ...wishIn('open'), releaseAt: at(1) };
    expect(code(() => claim(wish))).toBe('WISH.NOT_RELEASED');
    expect(claim(wish, 0, new Date(Date.parse(at(1)))).to).toBe('claimed');
  });

  test('past the deadline nobody claims it; the sweep returns it only then', () => {
    expect(code(() => claim(wishIn('open', at(-1))))).toBe('WISH.PAST_DEADLINE');
    expect(code(() => decideWish(wishIn('open'), { type: 'expire' }, { now: NOW, caller: SYSTEM_CALLER, unit: null }))).toBe('WISH.INVALID_TRANSITION');
  });

  test('at the hold limit a claim is refused', () => {
    expect(code(() => claim(wishIn('open'), 2))).toBe('WISH.HOLD_LIMIT');
    expect(claim(wishIn('open'), 1).patch.claimer).toEqual({ kind: 'member', id: 'm1', name: '党员m1' });
  });

  test('reposting needs a deadline after now and after the release', () => {
    const [staff] = WHO.staff;
    const repost = (releaseAt: string, deadline: string) => () => decideWish(wishIn('returned'), { type: 'repost', releaseAt, deadline }, { now: NOW, caller: staff, unit: null });
    expect(code(repost(at(10), at(-1)))).toBe('WISH.DATES_INVALID');
    expect(code(repost(at(100), at(50)))).toBe('WISH.DATES_INVALID');
    expect(repost(at(10), at(100))().patch).toMatchObject({ releaseAt: at(10), deadline: at(100), returnedAt: null });
  });

  test('confirming awards the member who delivered; a unit earns no points', () => {
    const [staff] = WHO.staff;
    const ctx = { now: NOW, caller: staff, unit: null };
    expect(decideWish(wishIn('delivered'), { type: 'confirm', thanks: null }, ctx).award).toEqual({ memberId: 'holder', points: 5 });
    const byUnit = { ...wishIn('delivered'), claimer: { kind: 'unit' as const, id: 'u9', name: '单位u9' } };
    expect(decideWish(byUnit, { type: 'confirm', thanks: null }, ctx).award).toBeUndefined();
  });

  test('a unit claimer acts through its contact, not as a member', () => {
    const wish = { ...wishIn('claimed'), claimer: { kind: 'unit' as const, id: 'u9', name: '单位u9' } };
    const [contact, unit] = WHO.claimerUnit;
    expect(decideWish(wish, { type: 'deliver', note: '送到', photos: [] }, { now: NOW, caller: contact, unit }).to).toBe('delivered');
    expect(availableWishCommands(wish, { now: NOW, caller: contact, unit })).toEqual(['release', 'deliver']);
    expect(availableWishCommands(wish, { now: NOW, caller: contact, unit: null })).toEqual([]);
  });

  test('posting above the value cap, or with a deadline not after the release, is refused', () => {
    const post = (value: number, deadline: string) => () =>
      newWish({ id: 'x', community: { id: 'c1', streetId: 'st1', name: '东头村' }, beneficiaryId: null, beneficiaryTag: '独居老人', title: '心愿', story: '一个心愿故事', photos: [], value, points: null, releaseAt: at(10), deadline, postedBy: 's' }, NOW, DEFAULT_SETTINGS);
    expect(code(post(201, at(100)))).toBe('WISH.VALUE_CAP');
    expect(code(post(200, at(5)))).toBe('WISH.DATES_INVALID');
    expect(post(200, at(100))()).toMatchObject({ value: 200, points: DEFAULT_SETTINGS.wishPoints, beneficiaryLabel: '东头村 · 独居老人' });
  });
});

describe('the buttons', () => {
  test('each caller is offered exactly what they may do now', () => {
    const ctx = (who: Who) => ({ now: NOW, caller: WHO[who][0], unit: WHO[who][1] });
    expect(availableWishCommands(wishIn('open'), ctx('member'))).toEqual(['claim']);
    expect(availableWishCommands(wishIn('open'), ctx('pendingMember'))).toEqual([]);
    expect(availableWishCommands({ ...wishIn('open'), releaseAt: at(5) }, ctx('member'))).toEqual([]);
    expect(availableWishCommands(wishIn('claimed'), ctx('claimerMember'))).toEqual(['release', 'deliver']);
    expect(availableWishCommands(wishIn('delivered'), ctx('staff'))).toEqual(['confirm']);
    expect(availableWishCommands(wishIn('returned'), ctx('staff'))).toEqual(['repost']);
    expect(availableWishCommands(wishIn('open'), ctx('staff'))).toEqual([]);
  });
});
