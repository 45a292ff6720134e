/**
 * 职能部门 on CloudBase: `departments/{id}` { streetId, name, contactName, contactPhone, active } (name unique in its
 * street); their staff as `department_staff` grants with the departmentId on the users' own documents.
 */
import type { Department } from '../../../types/departments';
import type { DepartmentFigures, DepartmentPort } from '../departments.port';
import { byId, first, insertOnce, readAll, type Cb, type Doc } from './db';
import { date } from './docs';

const toDepartment = (d: Doc): Department => ({
  id: d._id,
  streetId: d.streetId,
  name: d.name,
  contactName: d.contactName,
  contactPhone: d.contactPhone,
  active: d.active,
});

/** The figures of one department's orders, as the pg adapter counts them (pg/departments.ts). */
function figuresOf(departmentId: string, orders: Doc[]): DepartmentFigures {
  const resolved = orders.filter((o) => o.department.outcome === 'resolved');
  const byIt = resolved.filter((o) => date(o.completedAt)?.getTime() === date(o.department.endedAt)!.getTime());
  const rated = byIt.filter((o) => typeof o.rating?.stars === 'number');
  return {
    departmentId,
    received: orders.length,
    resolved: resolved.length,
    resolvedOnTime: resolved.filter((o) => date(o.department.endedAt)! <= date(o.department.deadline)!).length,
    rated: rated.length,
    satisfied: rated.filter((o) => o.rating.stars >= 4).length,
  };
}

/** The departments part of the port (departments.port.ts) on CloudBase. */
export function cbDepartments(cb: Cb): DepartmentPort {
  const { _ } = cb;
  const departments = cb.coll('departments');
  const users = cb.coll('users');
  return {
    async saveDepartment(d) {
      const same = await first(departments.where({ streetId: d.streetId, name: d.name }));
      if (same && same._id !== d.id) return false;
      const fields = { name: d.name, contactName: d.contactName, contactPhone: d.contactPhone, active: d.active };
      const { created } = await insertOnce(departments, { _id: d.id, streetId: d.streetId, ...fields }, () => byId(cb, 'departments', d.id));
      if (!created) await departments.where({ _id: d.id }).update({ data: fields });
      return true;
    },
    async getDepartment(id) {
      const d = await byId(cb, 'departments', id);
      return d && toDepartment(d);
    },
    async listDepartments(streetId) {
      const rows = await readAll(cb, 'departments', { filter: [{ streetId }], sort: [['name', 'asc'], ['_id', 'asc']] });
      return rows.map(toDepartment);
    },
    async departmentStaff(departmentIds) {
      const grant = _.elemMatch({ role: 'department_staff', departmentId: _.in(departmentIds) });
      const filter = [{ 'roles.departmentId': _.in(departmentIds), roles: grant }];
      const rows = await readAll(cb, 'users', { filter, sort: [['_id', 'asc']], projection: { name: true, roles: true } });
      const staff = rows.flatMap((u) =>
        (u.roles as Doc[])
          .filter((g) => g.role === 'department_staff' && departmentIds.includes(g.departmentId))
          .map((g) => ({ departmentId: g.departmentId as string, userId: u._id as string, name: u.name as string })),
      );
      return staff.sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
    },
    async setDepartmentStaff(userId, d, on) {
      const grant = { role: 'department_staff', communityId: null, streetId: d.streetId, departmentId: d.id };
      const roles = on ? _.addToSet(grant) : _.pull({ role: 'department_staff', departmentId: d.id });
      await users.where({ _id: userId }).update({ data: { roles } });
    },
    async departmentFigures(departmentIds, from, to) {
      if (departmentIds.length === 0) return [];
      const filter = [{ 'department.departmentId': _.in(departmentIds), 'department.sentAt': _.gte(from) }, { 'department.sentAt': _.lt(to) }];
      const projection = { department: true, completedAt: true, rating: true };
      const rows = await readAll(cb, 'orders', { filter, sort: [['department.sentAt', 'asc'], ['_id', 'asc']], projection });
      return departmentIds
        .map((id) => figuresOf(id, rows.filter((o) => o.department.departmentId === id)))
        .filter((f) => f.received > 0);
    },
  };
}
