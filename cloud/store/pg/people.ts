/**
 * People and places on PostgreSQL: users, role grants, communities and their menus, 党员报到.
 */
import { randomUUID } from 'node:crypto';
import type { Community, Grid, RoleGrant, Team } from '../../../types/domain';
import { sortGrids } from '../../../types/grids';
import { DEFAULT_SETTINGS } from '../../domain/policies';
import { decodeCursor, toPage } from '../cursor';
import type { PeoplePort, User } from '../store.port';
import type { Db } from './db';
import { toCategory, upsertCategory } from './places';
import { toMember } from './rows';

const USER_COLS = 'id, openid, name';
const toCommunity = (r: any): Community => ({ id: r.id, streetId: r.street_id, name: r.name, dutyPhone: r.duty_phone });

export function pgPeople(db: Db): PeoplePort {
  return {
    async savePlaces(p) {
      await db.tx(async (sql) => {
        for (const s of p.streets) {
          await sql.query('INSERT INTO streets (id, name) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name', [s.id, s.name]);
        }
        for (const c of p.communities) {
          await sql.query(
            `INSERT INTO communities (id, street_id, name, duty_phone, settings) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, duty_phone = EXCLUDED.duty_phone, settings = EXCLUDED.settings`,
            [c.id, c.streetId, c.name, c.dutyPhone, JSON.stringify(c.settings ?? {})],
          );
        }
        for (const g of p.grids) {
          await sql.query('INSERT INTO grids (id, community_id, name) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name', [g.id, g.communityId, g.name]);
        }
        for (const t of p.teams) {
          await sql.query(
            'INSERT INTO teams (id, community_id, name, color) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, color = EXCLUDED.color',
            [t.id, t.communityId, t.name, t.color],
          );
        }
        for (const c of p.categories) await upsertCategory(sql, c);
      });
    },
    async ensureUser(openid, name = '') {
      // Written only when the person is new; the update on conflict only makes a racing insert return the row.
      const [known] = await db.query<User>(`SELECT ${USER_COLS} FROM users WHERE openid = $1`, [openid]);
      if (known) return known;
      const [row] = await db.query<User>(
        `INSERT INTO users (id, openid, name) VALUES ($1, $2, $3)
         ON CONFLICT (openid) DO UPDATE SET openid = EXCLUDED.openid RETURNING ${USER_COLS}`,
        [randomUUID(), openid, name],
      );
      return row;
    },
    async findUserByOpenid(openid) {
      const [row] = await db.query<User>(`SELECT ${USER_COLS} FROM users WHERE openid = $1`, [openid]);
      return row ?? null;
    },
    getUsers: (ids) => db.query<User>(`SELECT ${USER_COLS} FROM users WHERE id = ANY($1)`, [ids]),
    async setUserName(userId, name) {
      await db.query('UPDATE users SET name = $2 WHERE id = $1', [userId, name]);
    },
    async rolesOf(userId) {
      const rows = await db.query<any>(
        `SELECT g.role, g.community_id, g.street_id, g.grid_id, g.department_id, m.status AS member_status
         FROM role_grants g LEFT JOIN members m ON g.role = 'member' AND m.user_id = g.user_id AND m.community_id = g.community_id
         WHERE g.user_id = $1 ORDER BY g.created_at`,
        [userId],
      );
      return rows.map(
        (r): RoleGrant => ({
          role: r.role,
          communityId: r.community_id,
          streetId: r.street_id,
          memberStatus: r.member_status ?? null,
          // Only grid roles carry a grid.
          ...(r.grid_id ? { gridId: r.grid_id } : {}),
          // Only department_staff carries a department.
          ...(r.department_id ? { departmentId: r.department_id } : {}),
        }),
      );
    },
    async grantRole(userId, role, scope) {
      await db.query(
        `INSERT INTO role_grants (user_id, role, community_id, street_id, grid_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [userId, role, scope.communityId ?? null, scope.streetId ?? null, scope.gridId ?? null],
      );
    },
    async getCommunity(id) {
      const [r] = await db.query<any>('SELECT * FROM communities WHERE id = $1', [id]);
      return r ? { ...toCommunity(r), settings: { ...DEFAULT_SETTINGS, ...r.settings } } : null;
    },
    async listCommunities() {
      return (await db.query('SELECT * FROM communities ORDER BY street_id, name')).map(toCommunity);
    },
    async getMenu(communityId) {
      const [categories, grids, teams] = await Promise.all([
        db.query<any>('SELECT * FROM categories WHERE community_id = $1 ORDER BY sort, id', [communityId]),
        db.query<any>('SELECT * FROM grids WHERE community_id = $1', [communityId]),
        db.query<any>('SELECT * FROM teams WHERE community_id = $1 ORDER BY id', [communityId]),
      ]);
      return {
        categories: categories.map(toCategory),
        grids: sortGrids(grids.map((r): Grid => ({ id: r.id, communityId: r.community_id, name: r.name, households: r.households, buildings: r.buildings }))),
        teams: teams.map((r): Team => ({ id: r.id, communityId: r.community_id, name: r.name, color: r.color })),
      };
    },
    async getMember(userId, communityId) {
      const [r] = await db.query('SELECT * FROM members WHERE user_id = $1 AND community_id = $2', [userId, communityId]);
      return r ? toMember(r) : null;
    },
    async applyMember(p) {
      return db.tx(async (sql) => {
        // A rejected applicant may apply again; a pending or verified one may not.
        const [r] = await sql.query(
          `INSERT INTO members (user_id, community_id, real_name, phone, work_unit, branch, skills, team_id, grid_id, status, created_at, updated_at, pledge)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', $10, $10, $11)
           ON CONFLICT (user_id, community_id) DO UPDATE SET real_name = EXCLUDED.real_name, phone = EXCLUDED.phone,
             work_unit = EXCLUDED.work_unit, branch = EXCLUDED.branch, skills = EXCLUDED.skills, team_id = EXCLUDED.team_id,
             grid_id = EXCLUDED.grid_id, pledge = EXCLUDED.pledge, status = 'pending', review_note = NULL, created_at = EXCLUDED.created_at,
             updated_at = EXCLUDED.updated_at
             WHERE members.status = 'rejected'
           RETURNING *`,
          [p.userId, p.communityId, p.realName, p.phone, p.workUnit, p.branch, p.skills, p.teamId, p.gridId, p.createdAt, p.pledge ?? ''],
        );
        if (!r) return null;
        await sql.query(
          `INSERT INTO role_grants (user_id, role, community_id) VALUES ($1, 'member', $2) ON CONFLICT DO NOTHING`,
          [p.userId, p.communityId],
        );
        return toMember(r);
      });
    },
    async reviewMember(userId, communityId, status, note, reviewer, now) {
      const [r] = await db.query(
        `UPDATE members SET status = $3, review_note = $4, reviewed_by = $5, updated_at = $6
         WHERE user_id = $1 AND community_id = $2 AND status = 'pending' RETURNING *`,
        [userId, communityId, status, note, reviewer, now],
      );
      return r ? toMember(r) : null;
    },
    async setMemberNotify(userId, communityId, notifyPool) {
      const [r] = await db.query('UPDATE members SET notify_pool = $3 WHERE user_id = $1 AND community_id = $2 RETURNING *', [
        userId,
        communityId,
        notifyPool,
      ]);
      return r ? toMember(r) : null;
    },
    async listMembers(query, page) {
      const params: unknown[] = [query.communityId];
      const where = ['community_id = $1'];
      if (query.status) where.push(`status = $${params.push(query.status)}`);
      if (query.skill) where.push(`$${params.push(query.skill)} = ANY(skills)`);
      if (query.q) {
        const like = `$${params.push(`%${query.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`)}`;
        where.push(`(real_name LIKE ${like} OR phone LIKE ${like} OR work_unit LIKE ${like} OR branch LIKE ${like})`);
      }
      const after = decodeCursor(page.cursor);
      if (after) where.push(`(created_at, user_id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])})`);
      const rows = await db.query(
        `SELECT * FROM members WHERE ${where.join(' AND ')} ORDER BY created_at DESC, user_id DESC LIMIT $${params.push(page.limit + 1)}`,
        params,
      );
      return toPage(rows.map(toMember), page.limit, (m) => [m.createdAt, m.userId]);
    },
  };
}
