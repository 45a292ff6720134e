/**
 * The one typed client: `call('order.claim', { orderId })` resolves to the action's output or throws an ApiError
 * carrying the server's code and Chinese message (and field messages for forms).
 */
import type { ActionInput, ActionName, ActionOutput } from '../../types/actions';
import type { ErrorCode, FieldErrors } from '../../types/errors';
import { transport } from './transport';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldErrors = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export async function call<A extends ActionName>(action: A, data: ActionInput<A>): Promise<ActionOutput<A>> {
  const res = await transport.call(action, data);
  if (!res || typeof res !== 'object') throw new ApiError('SYSTEM.INTERNAL', '系统繁忙，请稍后再试');
  if (res.code === 0) return res.data as ActionOutput<A>;
  throw new ApiError(res.code, res.message, res.fields);
}

/** Uploads a photo for an order of the community (WeChat keeps it in that community's folder). */
export function uploadPhoto(filePath: string, communityId: string | null, onProgress?: (percent: number) => void): Promise<string> {
  return transport.upload(filePath, communityId, onProgress).catch((e: { code?: ErrorCode; message?: string }) => {
    throw new ApiError(e.code ?? 'SYSTEM.INTERNAL', e.message ?? '图片上传失败，请重试');
  });
}

/** The message to show for anything thrown. */
export function messageOf(e: unknown): string {
  return e instanceof ApiError ? e.message : '系统繁忙，请稍后再试';
}
