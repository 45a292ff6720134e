/**
 * Photos belong to their uploader: an action may carry a file id only if the caller uploaded it, or if it is
 * already one of this order's photos (staff taking the resident's photos on with an escalation). Once the step is
 * done the files are marked attached to the order, so the sweep keeps them.
 */
import { LIMITS } from '../../../types/limits';
import { DomainError } from '../../domain/domain.error';
import type { Store } from '../../store/store.port';
import type { ActionContext } from './action';

export const FOREIGN_FILE_MESSAGE = '图片无效：只能使用您自己上传的图片，请重新上传';

/** Refuses (INPUT.INVALID) any file id the caller may not attach to this order (none yet: a new order). */
export async function assertOwnFiles(ctx: ActionContext, fileIds: string[], orderId: string | null): Promise<void> {
  if (fileIds.length === 0) return;
  const uploads = new Map((await ctx.store.getUploads(fileIds)).map((u) => [u.fileId, u]));
  const mayAttach = (fileId: string) => {
    const u = uploads.get(fileId);
    return !!u && (u.uploaderId === ctx.user.id || (orderId !== null && u.orderId === orderId));
  };
  if (!fileIds.every(mayAttach)) throw new DomainError('INPUT.INVALID', { photos: FOREIGN_FILE_MESSAGE });
}

/**
 * Marks the files attached to the order the step was taken on, and asks the platform's media check about each one
 * not checked yet. A check that cannot be asked (WeChat busy) leaves the photo unchecked; the step stands.
 */
export async function attachFiles(ctx: ActionContext, fileIds: string[], orderId: string): Promise<void> {
  if (fileIds.length === 0) return;
  await ctx.store.attachUploads(fileIds, orderId);
  const unchecked = (await ctx.store.getUploads(fileIds)).filter((u) => u.media === 'unchecked');
  for (const { fileId } of unchecked) {
    try {
      const check = await ctx.platform.checkMedia(fileId, ctx.user.openid);
      await ctx.store.setMediaCheck({ fileId }, check);
    } catch (e) {
      console.error('[media check] not asked', (e as { errCode?: number }).errCode ?? '');
    }
  }
}

/** Whether the person may upload another photo now: LIMITS.uploads.perHour per account. */
export async function mayUpload(store: Store, userId: string, now: Date): Promise<boolean> {
  return (await store.countUploadsSince(userId, new Date(now.getTime() - 3_600_000))) < LIMITS.uploads.perHour;
}
