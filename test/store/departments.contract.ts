/**
 * The part of the store contract a street keeps its functional departments with (职能部门): departments unique by
 * name in their street, their staff granted and revoked, orders sent on to a department (its queue by tab, the
 * sweep's department deadline), street and department audiences of notices, and the 部门考核 figures.
 * Called from describeStoreContract for every adapter.
 */
import type { Caller } from '../../cloud/domain/access';
import type { Command } from '../../cloud/domain/order.commands';
import type { Store } from '../../cloud/store/store.port';
import type { Department } from '../../types/departments';
import type { Order } from '../../types/domain';

const T0 = new Date('2026-03-01T02:00:00Z');
const at = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);
const iso = (d: Date) => d.toISOString();
const first = { cursor: null, limit: 50 };

/** What the contract's builders give this part. */
export interface DepartmentsKit {
  user(openid: string, name?: string): Promise<string>;
  staff(openid?: string, communityId?: string): Promise<string>;
  resident(openid?: string, communityId?: string): Promise<string>;
  submit(spec: { residentId: string; now?: Date }): Promise<Order>;
  act(order: Order, who: string | Caller, cmd: Command, now: Date): Promise<Order>;
}

const D1: Department = { id: 'st1-d1', streetId: 'st1', name: '城管中队', contactName: '刘队', contactPhone: '13900002222', active: true };
const D2: Department = { id: 'st1-d2', streetId: 'st1', name: '住建办', contactName: '王工', contactPhone: '13900003333', active: true };
const D3: Department = { id: 'st2-d1', streetId: 'st2', name: '城管中队', contactName: '孙队', contactPhone: '13900004444', active: true };

export function describeDepartmentsContract(storeOf: () => Store, kitOf: () => DepartmentsKit): void {
  describe('departments (职能部门)', () => {
    test('kept by id, one name per street (a clash writes nothing), listed by name, retired ones too', async () => {
      const store = storeOf();
      for (const d of [D2, D1, D3]) expect(await store.saveDepartment(d)).toBe(true);
      expect(await store.saveDepartment({ ...D2, id: 'st1-d9' })).toBe(false);
      expect(await store.saveDepartment({ ...D2, name: '城管中队' })).toBe(false);
      expect(await store.saveDepartment({ ...D2, contactName: '王科长', active: false })).toBe(true);
      expect(await store.getDepartment('st1-d9')).toBeNull();
      expect(await store.getDepartment(D2.id)).toEqual({ ...D2, contactName: '王科长', active: false });
      expect((await store.listDepartments('st1')).map((d) => d.name).sort()).toEqual(['住建办', '城管中队'].sort());
      expect(await store.listDepartments('st2')).toEqual([D3]);
      expect(await store.listDepartments('nowhere')).toEqual([]);
    });

    test('staff granted once, with the department on the grant; revoked, gone; other departments untouched', async () => {
      const store = storeOf();
      const k = kitOf();
      for (const d of [D1, D2]) await store.saveDepartment(d);
      const liu = await k.user('liu', '刘一');
      const wang = await k.user('wang', '王二');
      await store.setDepartmentStaff(liu, D1, true);
      await store.setDepartmentStaff(liu, D1, true);
      await store.setDepartmentStaff(wang, D1, true);
      await store.setDepartmentStaff(wang, D2, true);
      expect((await store.rolesOf(liu)).filter((g) => g.role === 'department_staff')).toEqual([
        expect.objectContaining({ role: 'department_staff', streetId: 'st1', communityId: null, departmentId: D1.id }),
      ]);
      expect(await store.departmentStaff([D1.id, D2.id])).toEqual(
        expect.arrayContaining([
          { departmentId: D1.id, userId: liu, name: '刘一' },
          { departmentId: D1.id, userId: wang, name: '王二' },
          { departmentId: D2.id, userId: wang, name: '王二' },
        ]),
      );
      expect(await store.departmentStaff([D1.id, D2.id])).toHaveLength(3);
      await store.setDepartmentStaff(wang, D1, false);
      await store.setDepartmentStaff(liu, D2, false); // never granted: nothing changes
      expect(await store.departmentStaff([D1.id])).toEqual([{ departmentId: D1.id, userId: liu, name: '刘一' }]);
      expect((await store.rolesOf(wang)).map((g) => g.departmentId)).toEqual([D2.id]);
    });

    /** An order of c1 escalated by staff and sent on to D1 by street staff, with D1's deadline `hours` after T0. */
    async function sent(k: DepartmentsKit, street: string, hours: number, id?: string): Promise<Order> {
      const r = await k.resident(`r-${id ?? hours}`);
      const staff = await k.staff('s1');
      const order = await k.submit({ residentId: r });
      const escalated = await k.act(order, staff, { type: 'escalate', note: '需要街道协调', deadline: iso(at(72)), photos: [] }, at(0));
      return k.act(escalated, street, { type: 'to_department', department: D1, deadline: iso(at(hours)), note: '请处理' }, at(1));
    }

    async function streetStaff(store: Store, k: DepartmentsKit): Promise<string> {
      const id = await k.user('street');
      await store.grantRole(id, 'street_staff', { streetId: 'st1' });
      return id;
    }

    test("an order sent on keeps its department task; the department's queue by tab; the sweep's deadline", async () => {
      const store = storeOf();
      const k = kitOf();
      await store.saveDepartment(D1);
      const street = await streetStaff(store, k);
      const dept = await k.user('dept');
      await store.setDepartmentStaff(dept, D1, true);
      const a = await sent(k, street, 24, 'a');
      expect(a.department).toEqual({ departmentId: D1.id, name: '城管中队', deadline: iso(at(24)), sentAt: iso(at(1)), overdueAt: null, outcome: null, endedAt: null });
      expect(await store.getOrder(a.id)).toEqual(a);
      const b = await sent(k, street, 48, 'b');
      const c = await sent(k, street, 48, 'c');
      const queue = async (tab: 'active' | 'overdue' | 'resolved' | 'returned', now = at(2)) =>
        (await store.listOrders({ kind: 'department', departmentId: D1.id, tab, now }, first)).items.map((o) => o.id).sort();
      expect(await queue('active')).toEqual([a.id, b.id, c.id].sort());
      expect(await queue('overdue', at(30))).toEqual([a.id]);

      const due = async (before: Date) => (await store.dueForSweep('department_overdue', 'c1', before, 10)).map((o) => o.id);
      expect(await due(at(2))).toEqual([]);
      expect(await due(at(30))).toEqual([a.id]);
      const marked = await k.act(a, { userId: 'system', name: '系统', roles: [], member: null, system: true }, { type: 'dept_overdue' }, at(30));
      expect(marked.department!.overdueAt).toBe(iso(at(30)));
      expect(await due(at(60))).toEqual([b.id, c.id]);

      const resolved = await k.act(b, dept, { type: 'dept_resolve', note: '已办结', photos: [] }, at(3));
      expect(resolved).toMatchObject({ status: 'awaiting_rating', completedAt: iso(at(3)), department: { outcome: 'resolved', endedAt: iso(at(3)) } });
      await k.act(c, dept, { type: 'dept_return', note: '不属于本部门', photos: [] }, at(4));
      expect(await queue('active', at(5))).toEqual([a.id]);
      expect(await queue('resolved', at(5))).toEqual([b.id]);
      expect(await queue('returned', at(5))).toEqual([c.id]);
      expect((await store.events(c.id)).map((e) => [e.type, e.actorRole])).toEqual([
        ['submit', 'resident'],
        ['escalate', 'staff'],
        ['to_department', 'street_staff'],
        ['dept_return', 'department_staff'],
      ]);
      expect(await due(at(60))).toEqual([]);
    });

    test('street and department audiences reach their people and nobody else, the actor left out', async () => {
      const store = storeOf();
      const k = kitOf();
      for (const d of [D1, D2]) await store.saveDepartment(d);
      const street = await streetStaff(store, k);
      const street2 = await k.user('street2');
      await store.grantRole(street2, 'street_staff', { streetId: 'st2' });
      const [d1, d1b, d2] = [await k.user('d1'), await k.user('d1b'), await k.user('d2')];
      await store.setDepartmentStaff(d1, D1, true);
      await store.setDepartmentStaff(d1b, D1, true);
      await store.setDepartmentStaff(d2, D2, true);
      const order = await k.submit({ residentId: await k.resident('r') });
      const draft = (to: { streetOf: string } | { departmentOf: string }, key: string, actorId: string | null = null) =>
        ({ to, kind: 'dept_assigned' as const, orderId: order.id, title: order.title, text: key, key, actorId });
      await store.addNotices([draft({ streetOf: 'st1' }, 'to-street'), draft({ departmentOf: D1.id }, 'to-d1', d1b)], at(1));
      const texts = async (u: string) => (await store.listNotices(u, first)).items.map((n) => n.text);
      expect(await texts(street)).toEqual(['to-street']);
      expect(await texts(d1)).toEqual(['to-d1']);
      expect(await texts(d1b)).toEqual([]);
      expect(await texts(d2)).toEqual([]);
      expect(await texts(street2)).toEqual([]);
    });

    test('部门考核: received, resolved, on time and satisfied, over orders sent in the period', async () => {
      const store = storeOf();
      const k = kitOf();
      await store.saveDepartment(D1);
      const street = await streetStaff(store, k);
      const dept = await k.user('dept');
      await store.setDepartmentStaff(dept, D1, true);
      const onTime = await k.act(await sent(k, street, 24, 'x'), dept, { type: 'dept_resolve', note: '办结', photos: [] }, at(5));
      const late = await k.act(await sent(k, street, 2, 'y'), dept, { type: 'dept_resolve', note: '办结', photos: [] }, at(5));
      await sent(k, street, 24, 'z');
      const rate = async (o: Order, stars: number) => k.act(o, o.residentId, { type: 'confirm', stars, comment: null }, at(6));
      await rate(onTime, 5);
      await rate(late, 2);
      expect(await store.departmentFigures([D1.id], at(0), at(10))).toEqual([
        { departmentId: D1.id, received: 3, resolved: 2, resolvedOnTime: 1, rated: 2, satisfied: 1 },
      ]);
      expect(await store.departmentFigures([D1.id], at(2), at(10))).toEqual([]);
      expect(await store.departmentFigures(['st1-none'], at(0), at(10))).toEqual([]);
    });
  });
}
