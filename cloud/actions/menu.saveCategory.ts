import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Category } from '../../types/domain';
import { isStaffOf } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { categoryInput } from './shared/menu.schema';
import { assertSafeText } from './shared/safety';
import { id } from './shared/schemas';

/**
 * 服务菜单: community staff add or change a service category and its own questions, or retire it (off the 点单 menu;
 * its orders keep it). Names are unique within the community.
 */
export default defineAction('menu.saveCategory', z.object({ communityId: id, category: categoryInput }), async (input, ctx) => {
  const community = await ctx.store.getCommunity(input.communityId);
  if (!community) throw new DomainError('COMMUNITY.NOT_FOUND');
  if (!isStaffOf(ctx, community.id)) throw new DomainError('AUTH.FORBIDDEN');
  // Choices are user text too (the schema marks the rest).
  await assertSafeText(ctx, ...input.category.fields.flatMap((f) => ('choices' in f ? f.choices ?? [] : [])));
  const { categories } = await ctx.store.getMenu(community.id);
  const { id: givenId, sort, ...rest } = input.category;
  const before = givenId ? categories.find((c) => c.id === givenId) : undefined;
  if (givenId && !before) throw new DomainError('CATEGORY.NOT_FOUND');
  if (categories.some((c) => c.name === rest.name && c.id !== givenId)) {
    throw new DomainError('CATEGORY.DUPLICATE', { 'category.name': '本社区已有同名的服务类别' });
  }
  const category: Category = {
    ...rest,
    id: before?.id ?? `${community.id}-${randomUUID().slice(0, 8)}`,
    communityId: community.id,
    sort: sort ?? before?.sort ?? categories.reduce((max, c) => Math.max(max, c.sort + 1), 0),
  };
  await ctx.store.saveCategory(category);
  return category;
});
