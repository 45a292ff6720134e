/**
 * A small world of people in community c1 and orders driven through the real actions to any status,
 * plus, for every write action, a call that should succeed: the rightful caller and valid data.
 */
import type { ActionName } from '../types/actions';
import type { OrderStatus } from '../types/domain';
import type { WishStatus } from '../types/wishes';
import type { TopicStatus } from '../types/topics';
import { newTopic } from '../cloud/domain/topic.create';
import { sweep } from '../cloud/jobs/sweep';
import { inDays, makePerson, makeRecord, photoOf, placeForRecord, residentRecord, submission, wishPost, type Client, type TestHost } from './factories';

export interface World {
  host: TestHost;
  ids: Record<'resident' | 'member' | 'member2' | 'pending' | 'staff' | 'admin' | 'street' | 'newcomer' | 'grid', string>;
  resident: Client;
  member: Client;
  member2: Client;
  staff: Client;
  admin: Client;
  street: Client;
  newcomer: Client;
  pending: Client;
  /** A 网格员 of c1's first grid. */
  grid: Client;
  /** An admin of street st1 (c1's street), who keeps its departments. */
  streetAdmin: Client;
  /** Staff of st1's department `st1-d1` (城管中队). */
  dept: Client;
  /** An escalated order of c1 the street sent on to `st1-d1`, still with it. */
  departmentOrder(): Promise<string>;
  /** A new 居民档案 record in c1's first grid, made by the grid worker; its id. */
  record(): Promise<string>;
  /** A 代点单 the grid worker placed for a new record, brought to `status` like orderAt. */
  proxyAt(status: 'submitted' | 'awaiting_rating'): Promise<string>;
  /** An order of the resident's in c1, brought to `status` (held by `member` where someone holds it). */
  orderAt(status: OrderStatus): Promise<string>;
  /** A team order (two members: `member` and `member2`) in progress, where `member` has reported their part. */
  teamOrder(): Promise<string>;
  /** A wish staff posted in c1, released, brought to `status` (claimed and delivered by `member`). */
  wishAt(status: WishStatus): Promise<string>;
  /** A partner unit `resident` registered in c1 and is the contact of. */
  unitAt(status: 'pending' | 'verified'): Promise<string>;
  /** A topic in c1 raised by staff's account as a resident's would be (collecting), brought to `status`; `resident` co-signed it unless told not to. */
  topicAt(status: TopicStatus, cosigned?: boolean): Promise<string>;
}

/** The department of st1 the world's `dept` works in. */
export const WORLD_DEPARTMENT = { id: 'st1-d1', streetId: 'st1', name: '城管中队', contactName: '刘队', contactPhone: '13900002222', active: true };

export async function makeWorld(host: TestHost): Promise<World> {
  const s = host.store;
  const ids = {
    resident: await makePerson(s, 'resident', 'resident'),
    member: await makePerson(s, 'member', 'member'),
    member2: await makePerson(s, 'member2', 'member'),
    pending: await makePerson(s, 'pending', 'pending'),
    staff: await makePerson(s, 'staff', 'staff'),
    admin: await makePerson(s, 'admin', 'admin'),
    street: await makePerson(s, 'street', 'street'),
    newcomer: (await s.ensureUser('newcomer')).id,
    grid: await makePerson(s, 'grid', 'grid'),
  };
  const streetAdminId = (await s.ensureUser('streetAdmin', 'streetAdmin')).id;
  await s.grantRole(streetAdminId, 'admin', { streetId: 'st1' });
  await s.saveDepartment(WORLD_DEPARTMENT);
  await s.setDepartmentStaff((await s.ensureUser('dept', '城管小刘')).id, WORLD_DEPARTMENT, true);
  const [streetAdmin, dept] = await Promise.all([host.as('streetAdmin'), host.as('dept')]);
  const [resident, member, member2, staff, admin, street, newcomer, pending, grid] = await Promise.all(
    ['resident', 'member', 'member2', 'staff', 'admin', 'street', 'newcomer', 'pending', 'grid'].map((o) => host.as(o)),
  );
  const record = async () => (await grid.ok('resident.create', residentRecord())).id;
  async function proxyAt(status: 'submitted' | 'awaiting_rating'): Promise<string> {
    const { communityId: _c, contactName: _n, contactPhone: _p, ...fields } = submission(`proxy-${++n}`);
    const { id } = await grid.ok('order.submitFor', { ...fields, residentId: await record() });
    if (status === 'awaiting_rating') {
      await staff.ok('order.dispatch', { orderId: id, deadline: inDays(3) });
      await member.ok('order.claim', { orderId: id });
      await member.ok('order.complete', { orderId: id, note: '已完成', hours: 1 });
    }
    return id;
  }
  let n = 0;
  async function orderAt(status: OrderStatus): Promise<string> {
    const { id } = await resident.ok('order.submit', submission(`world-${++n}`));
    const dispatch = () => staff.ok('order.dispatch', { orderId: id, deadline: inDays(3) });
    const held = async () => (await dispatch(), await member.ok('order.claim', { orderId: id }));
    const steps: Record<OrderStatus, () => Promise<unknown>> = {
      submitted: async () => undefined,
      open: dispatch,
      assigned: () => staff.ok('order.assign', { orderId: id, memberId: ids.member, deadline: inDays(3) }),
      in_progress: held,
      escalated: () => staff.ok('order.escalate', { orderId: id, note: '需要街道协调', deadline: inDays(5) }),
      awaiting_rating: async () => (await held(), await member.ok('order.complete', { orderId: id, note: '已完成', hours: 1 })),
      closed: async () => (await steps.awaiting_rating(), await resident.ok('order.confirm', { orderId: id, stars: 5 })),
      rejected: () => staff.ok('order.reject', { orderId: id, reason: '不属于服务范围' }),
      cancelled: () => resident.ok('order.cancel', { orderId: id }),
    };
    await steps[status]();
    return id;
  }
  async function teamOrder(): Promise<string> {
    const { id } = await resident.ok('order.submit', submission(`team-${++n}`));
    await staff.ok('order.dispatch', { orderId: id, deadline: inDays(3), headcount: 2 });
    for (const m of [member, member2]) await m.ok('order.claim', { orderId: id });
    await member.ok('order.complete', { orderId: id, note: '我负责搬运', hours: 1 });
    return id;
  }
  async function wishAt(status: WishStatus): Promise<string> {
    const deadline = status === 'returned' ? new Date(Date.now() + 60_000).toISOString() : inDays(7);
    const { id } = await staff.ok('wish.post', wishPost(`心愿${++n}`, { deadline }));
    if (status === 'returned') await sweep(s, new Date(Date.now() + 120_000));
    if (['claimed', 'delivered', 'realised'].includes(status)) await member.ok('wish.claim', { wishId: id });
    if (['delivered', 'realised'].includes(status)) {
      await member.ok('wish.deliver', { wishId: id, note: '已送到老人家中', photos: [await photoOf(s, ids.member)] });
    }
    if (status === 'realised') await staff.ok('wish.confirm', { wishId: id, thanks: '谢谢' });
    return id;
  }
  async function unitAt(status: 'pending' | 'verified'): Promise<string> {
    const unit = await resident.ok('unit.register', { communityId: 'c1', name: `爱心企业${++n}`, kind: 'private_firm', contactName: '王经理', phone: '13800002222' });
    if (status === 'verified') await staff.ok('unit.review', { unitId: unit.id, decision: 'verify' });
    return unit.id;
  }
  async function topicAt(status: TopicStatus, cosigned = true): Promise<string> {
    const community = (await s.getCommunity('c1'))!;
    const raised = { id: `topic-${++n}`, community, level: 'community' as const, title: '楼道灯不亮', problem: '三号楼楼道灯坏了一个月', place: '三号楼', photos: [] };
    const { id } = await s.createTopic(newTopic({ ...raised, raisedBy: ids.staff, raiserName: '李娟', proposed: false }, new Date(), community.settings));
    if (cosigned) await resident.ok('topic.cosign', { topicId: id });
    const steps: [TopicStatus, () => Promise<unknown>][] = [
      ['agenda', () => staff.ok('topic.propose', { topicId: id })],
      ['scheduled', () => staff.ok('topic.schedule', { topicId: id, at: inDays(1), place: '社区议事厅', invited: ['居民代表', '物业'] })],
      ['decided', () => staff.ok('topic.decide', { topicId: id, adopted: true, text: '物业一周内更换灯具' })],
      ['published', () => staff.ok('topic.publish', { topicId: id, outcome: '灯已换好' })],
    ];
    for (const [, step] of steps.slice(0, ['collecting', 'agenda', 'scheduled', 'decided', 'published'].indexOf(status))) await step();
    return id;
  }
  async function departmentOrder(): Promise<string> {
    const id = await orderAt('escalated');
    await street.ok('order.toDepartment', { orderId: id, departmentId: WORLD_DEPARTMENT.id, deadline: inDays(3), note: '请城管中队处理' });
    return id;
  }
  return { host, ids, resident, member, member2, staff, admin, street, newcomer, pending, grid, streetAdmin, dept, departmentOrder, record, proxyAt, orderAt, teamOrder, wishAt, unitAt, topicAt };
}

export type WriteAction = Exclude<
  ActionName,
  'session.me' | 'community.list' | 'menu.get' | 'order.detail' | 'order.mine' | 'order.pool' | 'order.myClaims' | 'order.queue' | 'member.me' | 'member.list' | 'ledger.mine' | 'notice.list' | 'phone.decode'
  | 'resident.list' | 'resident.get' | 'visit.due' | 'visit.list' | 'stats.community' | 'stats.street' | 'export.list' | 'export.url'
  | 'wish.list' | 'wish.get' | 'wish.ranking' | 'unit.list' | 'topic.list' | 'topic.get'
  | 'settings.get' | 'menu.categories' | 'board.get' | 'board.review' | 'ledger.manualList' | 'leaderboard.get'
  | 'department.list' | 'department.queue'
>;

export interface Arranged {
  as: Client;
  data: Record<string, unknown>;
}

/** A record id the same in every run of a world (snapshots compare runs). */
async function nextRecordId(w: World): Promise<string> {
  const [{ n }] = await w.host.store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM resident_records');
  return `rec-write-${n + 1}`;
}

/** An admin of st1 (the street above c1): who sets the street's own standards. */
export async function streetAdmin(w: World): Promise<Client> {
  const user = await w.host.store.ensureUser('street-admin', '街道管理员');
  await w.host.store.grantRole(user.id, 'admin', { streetId: 'st1' });
  return w.host.as('street-admin');
}

/** For each write action: who may do it, and data that should succeed. */
export const WRITES: Record<WriteAction, (w: World) => Promise<Arranged>> = {
  'community.join': async (w) => ({ as: w.newcomer, data: { communityId: 'c1' } }),
  'order.submit': async (w) => ({ as: w.resident, data: { ...submission('write') } }),
  'order.cancel': async (w) => ({ as: w.resident, data: { orderId: await w.orderAt('submitted') } }),
  'order.reject': async (w) => ({ as: w.staff, data: { orderId: await w.orderAt('submitted'), reason: '不属于服务范围' } }),
  'order.dispatch': async (w) => ({ as: w.staff, data: { orderId: await w.orderAt('submitted'), deadline: inDays(2) } }),
  'order.assign': async (w) => ({
    as: w.staff,
    data: { orderId: await w.orderAt('submitted'), memberId: w.ids.member, deadline: inDays(2) },
  }),
  'order.accept': async (w) => ({ as: w.member, data: { orderId: await w.orderAt('assigned') } }),
  'order.decline': async (w) => ({ as: w.member, data: { orderId: await w.orderAt('assigned'), reason: '这周出差' } }),
  'order.claim': async (w) => ({ as: w.member, data: { orderId: await w.orderAt('open') } }),
  'order.release': async (w) => ({ as: w.member, data: { orderId: await w.orderAt('in_progress'), reason: '临时有事' } }),
  'order.escalate': async (w) => ({
    as: w.staff,
    data: { orderId: await w.orderAt('submitted'), note: '社区无法解决', deadline: inDays(5) },
  }),
  'order.streetResolve': async (w) => ({
    as: w.street,
    data: { orderId: await w.orderAt('escalated'), note: '已协调市政处理', outcome: 'resolved' },
  }),
  'order.toDepartment': async (w) => ({
    as: w.street,
    data: { orderId: await w.orderAt('escalated'), departmentId: WORLD_DEPARTMENT.id, deadline: inDays(2), note: '请城管中队处理占道' },
  }),
  'order.departmentStep': async (w) => ({ as: w.dept, data: { orderId: await w.departmentOrder(), step: 'resolve', note: '已清理完毕' } }),
  'department.save': async (w) => ({
    as: w.streetAdmin,
    data: { streetId: 'st1', department: { name: '住建办', contactName: '王工', contactPhone: '13900003333' } },
  }),
  'department.grant': async (w) => ({ as: w.streetAdmin, data: { departmentId: WORLD_DEPARTMENT.id, userId: w.ids.newcomer } }),
  'order.progress': async (w) => ({ as: w.member, data: { orderId: await w.orderAt('in_progress'), note: '已上门' } }),
  'order.complete': async (w) => ({ as: w.member, data: { orderId: await w.orderAt('in_progress'), note: '已完成', hours: 1 } }),
  'order.closeTeam': async (w) => ({ as: w.staff, data: { orderId: await w.teamOrder(), reason: '队员临时住院，社区代为结单' } }),
  'order.confirm': async (w) => ({ as: w.resident, data: { orderId: await w.orderAt('awaiting_rating'), stars: 4 } }),
  'order.reopen': async (w) => ({ as: w.resident, data: { orderId: await w.orderAt('awaiting_rating'), reason: '还是漏水' } }),
  'order.visit': async (w) => ({ as: w.staff, data: { orderId: await w.orderAt('closed'), note: '回访', satisfied: true } }),
  'survey.record': async (w) => ({ as: w.staff, data: { orderId: await w.orderAt('closed'), reached: true, stars: 5, note: '居民很满意' } }),
  'order.urge': async (w) => ({ as: w.staff, data: { orderId: await w.orderAt('in_progress'), note: '请今天之内上门' } }),
  'order.extend': async (w) => ({ as: w.staff, data: { orderId: await w.orderAt('in_progress'), deadline: inDays(5), reason: '配件需要调货' } }),
  'order.recall': async (w) => ({ as: w.staff, data: { orderId: await w.orderAt('in_progress'), reason: '长时间没有进展' } }),
  'order.reassign': async (w) => ({ as: w.staff, data: { orderId: await w.orderAt('in_progress'), memberId: w.ids.member2 } }),
  'member.register': async (w) => ({
    as: w.newcomer,
    data: { communityId: 'c1', realName: '新党员', phone: '13700001111', workUnit: '某单位', branch: '某支部' },
  }),
  'member.setNotify': async (w) => ({ as: w.member, data: { communityId: 'c1', notifyPool: true } }),
  'member.review': async (w) => ({ as: w.staff, data: { communityId: 'c1', userId: w.ids.pending, decision: 'verify' } }),
  'ledger.addManual': async (w) => ({
    as: w.staff,
    data: { communityId: 'c1', memberId: w.ids.member, points: 5, reason: '参加社区义务劳动' },
  }),
  'staff.grant': async (w) => ({ as: w.admin, data: { communityId: 'c1', userId: w.ids.newcomer, role: 'staff' } }),
  'menu.saveCategory': async (w) => ({
    as: w.staff,
    data: { communityId: 'c1', category: { group: '生活服务', name: '管道疏通', basePoints: 5, fields: [{ key: 'spot', label: '堵塞位置', type: 'single', required: true, choices: ['厨房', '卫生间'] }] } },
  }),
  'grid.save': async (w) => ({ as: w.staff, data: { communityId: 'c1', grid: { name: '第三网格', households: 320, buildings: ['9栋', '10栋'] } } }),
  'settings.update': async (w) => ({ as: w.admin, data: { communityId: 'c1', patch: { maxActiveClaims: 5, acceptMinutes: { life_threatening: 10, urgent: 60, normal: 720 } } } }),
  'stats.setGridThresholds': async (w) => ({
    as: await streetAdmin(w),
    data: { streetId: 'st1', thresholds: { red: { onTimeRate: 0.9, satisfaction: 0.9, visitReachRate: 0.8 }, yellow: { onTimeRate: 0.7, satisfaction: 0.7, visitReachRate: 0.5 } } },
  }),
  'grid.grant': async (w) => ({ as: w.admin, data: { communityId: 'c1', userId: w.ids.newcomer, role: 'grid_worker', gridIds: ['c1-g1', 'c1-g2'] } }),
  'resident.create': async (w) => ({ as: w.grid, data: { ...residentRecord() } }),
  'resident.update': async (w) => ({
    as: w.grid,
    data: {
      residentId: await w.record(), version: 1, phone: '13811113333', tags: ['独居'], name: '张桂兰',
      address: { building: '6栋', unit: '2单元', room: '101' },
    },
  }),
  'resident.revealPhone': async (w) => ({ as: w.staff, data: { residentId: await w.record() } }),
  'resident.link': async (w) => {
    await w.newcomer.ok('community.join', { communityId: 'c1' });
    return { as: w.grid, data: { residentId: await w.record(), userId: w.ids.newcomer } };
  },
  'order.submitFor': async (w) => {
    const { communityId: _c, contactName: _n, contactPhone: _p, ...fields } = submission('write-for');
    return { as: w.grid, data: { ...fields, residentId: await w.record() } };
  },
  'order.rateFor': async (w) => ({ as: w.grid, data: { orderId: await w.proxyAt('awaiting_rating'), stars: 4, way: 'visit' } }),
  'file.register': async (w) => ({ as: w.resident, data: { fileId: `cloud://env-1.abc/orders/c1/${Math.random().toString(36).slice(2)}.jpg` } }),
  'notice.read': async (w) => (await w.orderAt('submitted'), { as: w.staff, data: { all: true } }),
  'visit.log': async (w) => {
    const record = await makeRecord(w.host.store, await nextRecordId(w));
    return { as: w.staff, data: { residentId: record.id, at: new Date().toISOString(), way: 'door', found: '身体还好', needs: '想有人帮忙买菜' } };
  },
  'visit.linkOrder': async (w) => {
    const record = await makeRecord(w.host.store, await nextRecordId(w));
    const visit = await w.staff.ok('visit.log', { residentId: record.id, at: new Date().toISOString(), way: 'phone', found: '电话联系上了' });
    return { as: w.staff, data: { visitId: visit.id, orderId: await placeForRecord(w.host.store, record, w.ids.staff) } };
  },
  'export.create': async (w) => (
    await w.orderAt('submitted'), { as: w.staff, data: { scope: { communityId: 'c1' }, kind: 'problems', from: inDays(-30), to: inDays(1) } }
  ),
  'wish.post': async (w) => ({ as: w.staff, data: { ...wishPost('写入的心愿') } }),
  'wish.claim': async (w) => ({ as: w.member, data: { wishId: await w.wishAt('open') } }),
  'wish.release': async (w) => ({ as: w.member, data: { wishId: await w.wishAt('claimed') } }),
  'wish.deliver': async (w) => ({
    as: w.member,
    data: { wishId: await w.wishAt('claimed'), note: '已送到老人家中', photos: [await photoOf(w.host.store, w.ids.member)] },
  }),
  'wish.confirm': async (w) => ({ as: w.staff, data: { wishId: await w.wishAt('delivered'), thanks: '老人说谢谢' } }),
  'wish.repost': async (w) => ({ as: w.staff, data: { wishId: await w.wishAt('returned'), releaseAt: inDays(0), deadline: inDays(7) } }),
  'unit.register': async (w) => ({
    as: w.resident,
    data: { communityId: 'c1', name: '常州某科技公司', kind: 'private_firm', contactName: '王经理', phone: '13800002222' },
  }),
  'unit.review': async (w) => ({ as: w.staff, data: { unitId: await w.unitAt('pending'), decision: 'verify' } }),
  'topic.raise': async (w) => ({ as: w.resident, data: { communityId: 'c1', level: 'community', title: '小区停车难', problem: '晚上车位不够，消防通道被占', place: '东门停车场' } }),
  'topic.propose': async (w) => ({ as: w.staff, data: { topicId: await w.topicAt('collecting', false) } }),
  'topic.cosign': async (w) => ({ as: w.resident, data: { topicId: await w.topicAt('collecting', false) } }),
  'topic.withdraw': async (w) => ({ as: w.resident, data: { topicId: await w.topicAt('collecting') } }),
  'topic.schedule': async (w) => ({ as: w.staff, data: { topicId: await w.topicAt('agenda'), at: inDays(1), place: '社区议事厅', invited: ['居民代表'] } }),
  'topic.minutes': async (w) => ({ as: w.staff, data: { topicId: await w.topicAt('scheduled'), attendees: '居民代表5人、物业1人', notes: '同意更换灯具' } }),
  'topic.decide': async (w) => ({ as: w.staff, data: { topicId: await w.topicAt('scheduled'), adopted: true, text: '物业一周内更换' } }),
  'topic.linkOrder': async (w) => ({ as: w.staff, data: { topicId: await w.topicAt('decided'), orderId: await w.orderAt('submitted') } }),
  'topic.publish': async (w) => ({ as: w.staff, data: { topicId: await w.topicAt('decided'), outcome: '灯已换好' } }),
  'topic.rate': async (w) => ({ as: w.resident, data: { topicId: await w.topicAt('published'), stars: 5 } }),
  'board.hide': async (w) => ({ as: w.staff, data: { communityId: 'c1', kind: 'order', id: await w.orderAt('closed'), hidden: true } }),
  'board.approveComment': async (w) => {
    const orderId = await w.orderAt('awaiting_rating');
    await w.resident.ok('order.confirm', { orderId, stars: 5, comment: '党员同志修得又快又好' });
    return { as: w.staff, data: { orderId, approved: true } };
  },
};
