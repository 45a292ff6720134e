/**
 * 职能部门 on PostgreSQL: departments of a street, their staff as role grants (migrations/016_departments.sql).
 */
import type { Department } from '../../../types/departments';
import type { DepartmentPort } from '../departments.port';
import type { Db } from './db';

const toDepartment = (r: any): Department => ({
  id: r.id,
  streetId: r.street_id,
  name: r.name,
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  active: r.active,
});

/** Satisfied: 4 or 5 stars, the residents' own rating or 代评 (stats count those apart; a department's table does not). */
const FIGURES_SQL = `SELECT department_id,
    count(*)::int AS received,
    count(*) FILTER (WHERE department_outcome = 'resolved')::int AS resolved,
    count(*) FILTER (WHERE department_outcome = 'resolved' AND department_ended_at <= department_deadline)::int AS on_time,
    count(*) FILTER (WHERE department_outcome = 'resolved' AND completed_at = department_ended_at
      AND (rating->>'stars') IS NOT NULL)::int AS rated,
    count(*) FILTER (WHERE department_outcome = 'resolved' AND completed_at = department_ended_at
      AND (rating->>'stars')::int >= 4)::int AS satisfied
  FROM orders WHERE department_id = ANY($1) AND department_sent_at >= $2 AND department_sent_at < $3
  GROUP BY department_id ORDER BY department_id`;

/** The departments part of the port (departments.port.ts) on `db`. */
export function pgDepartments(db: Db): DepartmentPort {
  return {
    async saveDepartment(d) {
      const rows = await db.query(
        `INSERT INTO departments (id, street_id, name, contact_name, contact_phone, active) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO UPDATE SET name = $3, contact_name = $4, contact_phone = $5, active = $6
         WHERE NOT EXISTS (SELECT 1 FROM departments x WHERE x.street_id = $2 AND x.name = $3 AND x.id <> $1)
         RETURNING id`,
        [d.id, d.streetId, d.name, d.contactName, d.contactPhone, d.active],
      ).catch((e: { code?: string }) => {
        if (e.code === '23505') return []; // a new one with a name the street already has
        throw e;
      });
      return rows.length > 0;
    },
    async getDepartment(id) {
      const [r] = await db.query('SELECT * FROM departments WHERE id = $1', [id]);
      return r ? toDepartment(r) : null;
    },
    async listDepartments(streetId) {
      return (await db.query('SELECT * FROM departments WHERE street_id = $1 ORDER BY name, id', [streetId])).map(toDepartment);
    },
    async departmentStaff(departmentIds) {
      const rows = await db.query<any>(
        `SELECT g.department_id, g.user_id, u.name FROM role_grants g JOIN users u ON u.id = g.user_id
         WHERE g.department_id = ANY($1) AND g.role = 'department_staff' ORDER BY u.name, g.user_id`,
        [departmentIds],
      );
      return rows.map((r) => ({ departmentId: r.department_id, userId: r.user_id, name: r.name }));
    },
    async setDepartmentStaff(userId, d, on) {
      if (on) {
        await db.query(
          `INSERT INTO role_grants (user_id, role, street_id, department_id) VALUES ($1, 'department_staff', $2, $3) ON CONFLICT DO NOTHING`,
          [userId, d.streetId, d.id],
        );
      } else {
        await db.query(`DELETE FROM role_grants WHERE user_id = $1 AND role = 'department_staff' AND department_id = $2`, [userId, d.id]);
      }
    },
    async departmentFigures(departmentIds, from, to) {
      const rows = await db.query<any>(FIGURES_SQL, [departmentIds, from, to]);
      return rows.map((r) => ({
        departmentId: r.department_id,
        received: r.received,
        resolved: r.resolved,
        resolvedOnTime: r.on_time,
        rated: r.rated,
        satisfied: r.satisfied,
      }));
    },
  };
}
