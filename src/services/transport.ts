/**
 * How a call reaches the `api` handlers. Chosen once, at build time: in WeChat the cloud function (identity comes
 * from the cloud) unless the build names a self-hosted host (`TARO_APP_API_BASE`); in the browser, and in WeChat
 * against a host, HTTP to that host (identity from a signed token; WeChat gets it by `wx.login`).
 */
import Taro from '@tarojs/taro';
import { functionOf } from '../../types/actions';
import type { Envelope } from '../../types/errors';

export interface Transport {
  call(action: string, data: unknown): Promise<Envelope<unknown>>;
  /** Uploads a chosen photo for an order of the community; resolves to the id an order stores. */
  upload(filePath: string, communityId: string | null, onProgress?: (percent: number) => void): Promise<string>;
}

const TOKEN_KEY = 'sandan.token';
export const tokenStore = {
  get: (): string => Taro.getStorageSync(TOKEN_KEY) || '',
  set: (token: string) => Taro.setStorageSync(TOKEN_KEY, token),
  clear: () => Taro.removeStorageSync(TOKEN_KEY),
};

const OFFLINE = { code: 'NETWORK.OFFLINE', message: '网络不太稳定，请检查网络后重试' } as const;
const TIMEOUT_MS = 15_000;
/** An export writes its whole file before it answers; the page shows its progress meanwhile (export.list). */
const EXPORT_TIMEOUT_MS = 10 * 60_000;
const timeoutOf = (action: string) => (action === 'export.create' ? EXPORT_TIMEOUT_MS : TIMEOUT_MS);


export function apiBase(): string {
  return process.env.TARO_APP_API_BASE ?? '';
}

/** True when calls go over HTTP to a host (the browser, or a weapp built with `TARO_APP_API_BASE`). */
export function talksToHost(): boolean {
  return process.env.TARO_ENV !== 'weapp' || !!process.env.TARO_APP_API_BASE;
}

/** WeChat against a host: `wx.login`'s code exchanged for the host's token, kept like the dev token. */
async function wechatSignIn(): Promise<boolean> {
  try {
    const { code } = await Taro.login();
    const res = await Taro.request({ url: `${apiBase()}/auth/wechat`, method: 'POST', data: { code }, timeout: TIMEOUT_MS });
    const body = res.data as Envelope<{ token: string }>;
    if (body.code !== 0) return false;
    tokenStore.set(body.data.token);
    return true;
  } catch {
    return false;
  }
}

function httpTransport(): Transport {
  const headers = (): Record<string, string> => {
    const token = tokenStore.get();
    return token ? { Authorization: `Bearer ${token}` } : {};
  };
  const post = async (action: string, data: unknown): Promise<Envelope<unknown>> => {
    try {
      const res = await Taro.request({
        url: `${apiBase()}/api`,
        method: 'POST',
        data: { action, data },
        header: { 'content-type': 'application/json', ...headers() },
        timeout: timeoutOf(action),
      });
      return res.data as Envelope<unknown>;
    } catch {
      return OFFLINE;
    }
  };
  return {
    async call(action, data) {
      const body = await post(action, data);
      // In WeChat a missing or expired token is renewed by signing in again, once, and the call retried.
      if (process.env.TARO_ENV === 'weapp' && body.code === 'AUTH.REQUIRED' && (await wechatSignIn())) return post(action, data);
      return body;
    },
    upload(filePath, _communityId, onProgress) {
      return new Promise((resolve, reject) => {
        const task = Taro.uploadFile({
          url: `${apiBase()}/files`,
          filePath,
          name: 'file',
          header: headers(),
          timeout: 60_000,
          success: (res) => {
            const body = JSON.parse(res.data) as Envelope<{ fileId: string }>;
            if (body.code === 0) resolve(body.data.fileId);
            else reject(body);
          },
          fail: () => reject(OFFLINE),
        });
        task.progress?.((p) => onProgress?.(p.progress));
      });
    },
  };
}

function cloudTransport(): Transport {
  return {
    async call(action, data) {
      try {
        const res = await Taro.cloud.callFunction({ name: functionOf(action), data: { action, data } });
        return res.result as Envelope<unknown>;
      } catch {
        return OFFLINE;
      }
    },
    async upload(filePath, communityId, onProgress) {
      const ext = (/\.(jpe?g|png|webp)$/i.exec(filePath)?.[1] ?? 'jpg').toLowerCase();
      // The community's folder: storage rules let only the uploader write it and no client read it.
      const cloudPath = `orders/${communityId ?? 'none'}/${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}.${ext}`;
      let fileID: string;
      try {
        const task = Taro.cloud.uploadFile({ cloudPath, filePath }) as ReturnType<typeof Taro.cloud.uploadFile> & {
          onProgressUpdate?: (cb: (p: { progress: number }) => void) => void;
        };
        task.onProgressUpdate?.((p) => onProgress?.(p.progress));
        fileID = (await task).fileID;
      } catch {
        throw OFFLINE;
      }
      // Recorded as the caller's, so only they can attach it to an order.
      const registered = await this.call('file.register', { fileId: fileID });
      if (registered.code !== 0) throw registered;
      return fileID;
    },
  };
}

// Literal tests (not talksToHost()), so the minifier drops the transport a build does not use.
export const transport: Transport =
  process.env.TARO_ENV !== 'weapp' || process.env.TARO_APP_API_BASE ? httpTransport() : cloudTransport();
