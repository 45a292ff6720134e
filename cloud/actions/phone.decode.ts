import { z } from 'zod';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';

/**
 * 手机号快速验证: the number WeChat vouches for, to fill the caller's phone field; nothing is stored. Only a signed-in
 * caller gets here, and WeChat answers a code only for the person it was issued to.
 */
export default defineAction('phone.decode', z.object({ code: z.string().min(1).max(128) }), async ({ code }, ctx) => {
  if (!ctx.platform.phoneNumber) throw new DomainError('PHONE.NOT_CONFIGURED');
  const phone = await ctx.platform.phoneNumber(code);
  if (!phone) throw new DomainError('PHONE.FAILED');
  return { phone };
});
