/**
 * The names an export writes instead of ids: communities, categories and grids (read once per export), and people
 * (read per page, members by their 报到 name, kept for the export's length).
 */
import type { Community } from '../../types/domain';
import { answerText, type Answers, type CategoryField } from '../../types/menu';
import type { Store } from '../store/store.port';

export interface Names {
  community(id: string): string;
  category(id: string): string;
  grid(id: string | null): string;
  /** An order's answers as one cell, each under its category's field label: 漏水位置：厨房；…. */
  answers(categoryId: string, answers: Answers | undefined): string;
  /** A person's name: their 报到 name in the community when they have one, else their user name. */
  person(id: string | null, communityId: string): string;
  /** Loads the people a page names, before its rows are written. */
  loadPeople(ids: { id: string; communityId: string }[]): Promise<void>;
}

export async function namesFor(store: Store, communities: Community[]): Promise<Names> {
  const menus = await Promise.all(communities.map((c) => store.getMenu(c.id)));
  const communityNames = new Map(communities.map((c) => [c.id, c.name] as const));
  const categories = new Map(menus.flatMap((m) => m.categories.map((c) => [c.id, c.name] as const)));
  const fields = new Map<string, CategoryField[]>(menus.flatMap((m) => m.categories.map((c) => [c.id, c.fields ?? []] as const)));
  const grids = new Map(menus.flatMap((m) => m.grids.map((g) => [g.id, g.name] as const)));
  const people = new Map<string, string>();
  const key = (id: string, communityId: string) => `${id}:${communityId}`;
  return {
    community: (id) => communityNames.get(id) ?? id,
    category: (id) => categories.get(id) ?? '其他服务',
    grid: (id) => (id ? grids.get(id) ?? '' : ''),
    answers(categoryId, answers) {
      const asked = fields.get(categoryId) ?? [];
      // The category's order first; an answer to a question since removed keeps its key as its label.
      const keys = [...asked.map((f) => f.key).filter((k) => k in (answers ?? {})), ...Object.keys(answers ?? {}).filter((k) => !asked.some((f) => f.key === k))];
      return keys.map((k) => `${asked.find((f) => f.key === k)?.label ?? k}：${answerText(answers![k])}`).join('；');
    },
    person: (id, communityId) => (id ? people.get(key(id, communityId)) ?? '' : ''),
    async loadPeople(refs) {
      const missing = refs.filter((r) => !people.has(key(r.id, r.communityId)));
      if (missing.length === 0) return;
      const users = new Map((await store.getUsers([...new Set(missing.map((r) => r.id))])).map((u) => [u.id, u.name] as const));
      for (const r of missing) {
        const member = await store.getMember(r.id, r.communityId);
        people.set(key(r.id, r.communityId), member?.realName ?? users.get(r.id) ?? '');
      }
    },
  };
}
