/**
 * People and places on CloudBase: users (each with their role grants embedded), communities and their menus, 党员报到.
 *
 * - `users/{id}`: { openid (unique), name, createdAt, roles: [{ role, communityId, streetId }] } (a grid role with
 *   its gridId, department_staff with its departmentId). A grant is an `_.addToSet` on the user's own document, so
 *   granting twice keeps one.
 * - `members/{userId}:{communityId}`: one 报到 profile per member per community, by its id.
 * - `streets` (with `gridThresholds`, cloudbase/streets.ts), `communities` (with `settings`), `grids`, `teams`, `categories` (with `active`): set up by id.
 */
import { randomUUID } from 'node:crypto';
import type { Community, Grid, RoleGrant, Role, Team } from '../../../types/domain';
import { sortGrids } from '../../../types/grids';
import { DEFAULT_SETTINGS } from '../../domain/policies';
import type { PeoplePort, User } from '../store.port';
import { byId, first, insertOnce, pageOf, readAll, updated, type Cb, type CollectionName, type Doc, type Filter } from './db';
import { memberDocId, toMember } from './docs';
import { saveCategory, toCategory } from './places';

const USER_FIELDS = { openid: true, name: true } as const;
const toUser = (d: Doc): User => ({ id: d._id, openid: d.openid, name: d.name });
const toCommunity = (d: Doc): Community => ({ id: d._id, streetId: d.streetId, name: d.name, dutyPhone: d.dutyPhone });
/** `$in` lists are kept within one server page. */
const CHUNK = 100;

export function cbPeople(cb: Cb): PeoplePort {
  const { _ } = cb;
  const users = cb.coll('users');
  const members = cb.coll('members');

  /** Set-up by id, as the pg adapter's upserts: inserted whole, or only the fields pg updates on conflict. */
  async function put(name: CollectionName, id: string, insert: Doc, change: Doc): Promise<void> {
    const { created } = await insertOnce(cb.coll(name), { _id: id, ...insert }, () => byId(cb, name, id));
    if (!created) await cb.coll(name).where({ _id: id }).update({ data: change });
  }

  async function grantRole(userId: string, role: Role, scope: { communityId?: string; streetId?: string; gridId?: string }): Promise<void> {
    // Only a grid role carries a grid: other grants keep the shape they were always stored in, so re-granting finds them.
    const grant = { role, communityId: scope.communityId ?? null, streetId: scope.streetId ?? null, ...(scope.gridId ? { gridId: scope.gridId } : {}) };
    await users.where({ _id: userId }).update({ data: { roles: _.addToSet(grant) } });
  }

  return {
    async savePlaces(p) {
      await Promise.all([
        ...p.streets.map((s) => put('streets', s.id, { name: s.name }, { name: s.name })),
        ...p.communities.map((c) => {
          const fields = { name: c.name, dutyPhone: c.dutyPhone };
          const settings = c.settings ?? {};
          return put('communities', c.id, { streetId: c.streetId, ...fields, settings }, { ...fields, settings: _.set(settings) });
        }),
        ...p.grids.map((g) => put('grids', g.id, { communityId: g.communityId, name: g.name }, { name: g.name })),
        ...p.teams.map((t) => put('teams', t.id, { communityId: t.communityId, name: t.name, color: t.color }, { name: t.name, color: t.color })),
        ...p.categories.map((c) => saveCategory(cb, c)),
      ]);
    },

    async ensureUser(openid, name = '') {
      const find = () => first(users.where({ openid }).field(USER_FIELDS));
      const known = await find();
      if (known) return toUser(known);
      // Parallel first sign-ins race on the unique openid index; every loser reads the winner.
      const { doc } = await insertOnce(users, { _id: randomUUID(), openid, name, createdAt: new Date(), roles: [] }, find);
      return toUser(doc);
    },

    async findUserByOpenid(openid) {
      const d = await first(users.where({ openid }).field(USER_FIELDS));
      return d && toUser(d);
    },

    async getUsers(ids) {
      const unique = [...new Set(ids)];
      const chunks: string[][] = [];
      for (let i = 0; i < unique.length; i += CHUNK) chunks.push(unique.slice(i, i + CHUNK));
      const found = await Promise.all(chunks.map((chunk) => users.where({ _id: _.in(chunk) }).field(USER_FIELDS).limit(CHUNK).get()));
      return found.flatMap((r) => r.data.map(toUser));
    },

    async setUserName(userId, name) {
      await users.where({ _id: userId }).update({ data: { name } });
    },

    async rolesOf(userId) {
      const [user, profiles] = await Promise.all([
        byId(cb, 'users', userId, { roles: true }),
        readAll(cb, 'members', { filter: [{ userId }], sort: [['_id', 'asc']], projection: { communityId: true, status: true } }),
      ]);
      return ((user?.roles ?? []) as Doc[]).map(
        (g): RoleGrant => ({
          role: g.role,
          communityId: g.communityId,
          streetId: g.streetId,
          memberStatus: g.role === 'member' ? (profiles.find((m) => m.communityId === g.communityId)?.status ?? null) : null,
          // Only grid roles carry a grid.
          ...(g.gridId ? { gridId: g.gridId } : {}),
          // Only department_staff carries a department.
          ...(g.departmentId ? { departmentId: g.departmentId } : {}),
        }),
      );
    },

    grantRole,

    async getCommunity(id) {
      const d = await byId(cb, 'communities', id);
      return d && { ...toCommunity(d), settings: { ...DEFAULT_SETTINGS, ...d.settings } };
    },

    async listCommunities() {
      const rows = await readAll(cb, 'communities', {
        filter: [],
        sort: [['streetId', 'asc'], ['name', 'asc'], ['_id', 'asc']],
        projection: { streetId: true, name: true, dutyPhone: true },
      });
      return rows.map(toCommunity);
    },

    async getMenu(communityId) {
      const [categories, grids, teams] = await Promise.all([
        readAll(cb, 'categories', { filter: [{ communityId }], sort: [['sort', 'asc'], ['_id', 'asc']] }),
        readAll(cb, 'grids', { filter: [{ communityId }], sort: [['name', 'asc'], ['_id', 'asc']] }),
        readAll(cb, 'teams', { filter: [{ communityId }], sort: [['_id', 'asc']] }),
      ]);
      return {
        categories: categories.map(toCategory),
        grids: sortGrids(grids.map((d): Grid => ({ id: d._id, communityId: d.communityId, name: d.name, households: d.households ?? 0, buildings: d.buildings ?? [] }))),
        teams: teams.map((d): Team => ({ id: d._id, communityId: d.communityId, name: d.name, color: d.color })),
      };
    },

    async getMember(userId, communityId) {
      const d = await byId(cb, 'members', memberDocId(userId, communityId));
      return d && toMember(d);
    },

    async applyMember(p) {
      // The role first: granting is idempotent, so a retry after a failure half-way still ends with both.
      await grantRole(p.userId, 'member', { communityId: p.communityId });
      const _id = memberDocId(p.userId, p.communityId);
      const at = new Date(p.createdAt);
      const fields = {
        realName: p.realName,
        phone: p.phone,
        workUnit: p.workUnit,
        branch: p.branch,
        skills: p.skills,
        pledge: p.pledge ?? '',
        teamId: p.teamId,
        gridId: p.gridId,
        status: 'pending',
        reviewNote: null,
        createdAt: at,
        updatedAt: at,
      };
      const doc = { _id, userId: p.userId, communityId: p.communityId, ...fields, reviewedBy: null };
      const { created } = await insertOnce(members, doc, () => byId(cb, 'members', _id));
      if (created) return toMember(doc);
      // A rejected applicant may apply again; a pending or verified one may not.
      const n = await updated(members.where({ _id, status: 'rejected' }).update({ data: fields }));
      return n > 0 ? toMember(doc) : null;
    },

    async reviewMember(userId, communityId, status, note, reviewer, now) {
      const _id = memberDocId(userId, communityId);
      const n = await updated(
        members.where({ _id, status: 'pending' }).update({ data: { status, reviewNote: note, reviewedBy: reviewer, updatedAt: now } }),
      );
      if (n === 0) return null;
      const d = await byId(cb, 'members', _id);
      return d && toMember(d);
    },

    async setMemberNotify(userId, communityId, notifyPool) {
      const _id = memberDocId(userId, communityId);
      await members.where({ _id }).update({ data: { notifyPool } });
      const d = await byId(cb, 'members', _id);
      return d && toMember(d);
    },
    async listMembers(query, page) {
      const base: Doc = { communityId: query.communityId };
      if (query.status) base.status = query.status;
      if (query.skill) base.skills = query.skill;
      const filter: Filter[] = [base];
      if (query.q) {
        const text = cb.contains(query.q);
        filter.push(_.or({ realName: text }, { phone: text }, { workUnit: text }, { branch: text }));
      }
      return pageOf(
        cb,
        'members',
        { filter, sort: [['createdAt', 'desc'], ['userId', 'desc']] },
        page,
        toMember,
        (m) => [m.createdAt, m.userId],
      );
    },
  };
}
