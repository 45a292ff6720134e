import { DomainError } from '../../domain/domain.error';
import type { ActionContext } from './action';

/** Text others will read passes the platform's content check first (WeChat requires it for user content). */
export async function assertSafeText(ctx: ActionContext, ...texts: (string | null | undefined)[]): Promise<void> {
  const text = texts.filter(Boolean).join('\n');
  if (text && !(await ctx.platform.textIsSafe(text, ctx.user.openid))) throw new DomainError('CONTENT.UNSAFE');
}
