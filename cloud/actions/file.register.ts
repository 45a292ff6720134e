import { z } from 'zod';
import { belongsTo } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { mayUpload } from './shared/files';

/** A cloud storage file under a community's folder, as wx.cloud.uploadFile names it. */
const CLOUD_PHOTO = /^cloud:\/\/[\w.-]+\/orders\/([\w-]{1,64})\/[\w-]{8,64}\.(jpg|jpeg|png|webp)$/;

/**
 * WeChat: the mini-program uploads a photo straight to cloud storage (the storage rules let only its creator write
 * it, and no client read it), then registers it here as the caller's, within the hourly upload limit.
 */
export default defineAction(
  'file.register',
  z.object({ fileId: z.string({ error: '缺少图片' }).regex(CLOUD_PHOTO, '图片地址无效') }),
  async ({ fileId }, ctx) => {
    const community = await ctx.store.getCommunity(CLOUD_PHOTO.exec(fileId)![1]);
    if (!community || !belongsTo(ctx, community)) throw new DomainError('AUTH.FORBIDDEN');
    if (!(await mayUpload(ctx.store, ctx.user.id, ctx.now))) throw new DomainError('FILE.TOO_MANY');
    await ctx.store.recordUpload({ fileId, uploaderId: ctx.user.id, at: ctx.now });
    const [upload] = await ctx.store.getUploads([fileId]);
    if (upload.uploaderId !== ctx.user.id) throw new DomainError('INPUT.INVALID', { fileId: '图片地址无效' });
    return { fileId };
  },
);
