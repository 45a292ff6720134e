/**
 * A small world of people in community c1 and orders driven through the real actions to any status,
 * plus, for every write action, a call that should succeed: the rightful caller and valid data.
 */
import type { ActionName } from '../types/actions';
import type { OrderStatus } from '../types/domain';
import { inDays, makePerson, submission, type Client, type TestHost } from './factories';

export interface World {
  host: TestHost;
  ids: Record<'resident' | 'member' | 'member2' | 'pending' | 'staff' | 'admin' | 'street' | 'newcomer', string>;
  resident: Client;
  member: Client;
  staff: Client;
  admin: Client;
  street: Client;
  newcomer: Client;
  pending: Client;
  /** An order of the resident's in c1, brought to `status` (held by `member` where someone holds it). */
  orderAt(status: OrderStatus): Promise<string>;
}

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
  };
  const [resident, member, staff, admin, street, newcomer, pending] = await Promise.all(
    ['resident', 'member', 'staff', 'admin', 'street', 'newcomer', 'pending'].map((o) => host.as(o)),
  );
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
  return { host, ids, resident, member, staff, admin, street, newcomer, pending, orderAt };
}

export type WriteAction = Exclude<
  ActionName,
  'session.me' | 'community.list' | 'menu.get' | 'order.detail' | 'order.mine' | 'order.pool' | 'order.myClaims' | 'order.queue' | 'member.me' | 'member.list' | 'ledger.mine' | 'notice.list' | 'phone.decode'
  | 'export.list' | 'export.url'
>;

export interface Arranged {
  as: Client;
  data: Record<string, unknown>;
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
  'order.progress': async (w) => ({ as: w.member, data: { orderId: await w.orderAt('in_progress'), note: '已上门' } }),
  'order.complete': async (w) => ({ as: w.member, data: { orderId: await w.orderAt('in_progress'), note: '已完成', hours: 1 } }),
  'order.confirm': async (w) => ({ as: w.resident, data: { orderId: await w.orderAt('awaiting_rating'), stars: 4 } }),
  'order.reopen': async (w) => ({ as: w.resident, data: { orderId: await w.orderAt('awaiting_rating'), reason: '还是漏水' } }),
  'order.visit': async (w) => ({ as: w.staff, data: { orderId: await w.orderAt('closed'), note: '回访', satisfied: true } }),
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
  'file.register': async (w) => ({ as: w.resident, data: { fileId: `cloud://env-1.abc/orders/c1/${Math.random().toString(36).slice(2)}.jpg` } }),
  'notice.read': async (w) => (await w.orderAt('submitted'), { as: w.staff, data: { all: true } }),
  'export.create': async (w) => (
    await w.orderAt('submitted'), { as: w.staff, data: { scope: { communityId: 'c1' }, kind: 'problems', from: inDays(-30), to: inDays(1) } }
  ),
};
