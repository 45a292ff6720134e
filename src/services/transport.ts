/**
 * How a call reaches the `api` handlers. Chosen once, at build time: in WeChat the cloud function (identity comes
 * from the cloud), in the browser HTTP to the local host (identity from a signed token).
 */
import Taro from '@tarojs/taro';
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

export function apiBase(): string {
  return process.env.TARO_APP_API_BASE ?? '';
}

function httpTransport(): Transport {
  const headers = (): Record<string, string> => {
    const token = tokenStore.get();
    return token ? { Authorization: `Bearer ${token}` } : {};
  };
  return {
    async call(action, data) {
      try {
        const res = await Taro.request({
          url: `${apiBase()}/api`,
          method: 'POST',
          data: { action, data },
          header: { 'content-type': 'application/json', ...headers() },
          timeout: TIMEOUT_MS,
        });
        return res.data as Envelope<unknown>;
      } catch {
        return OFFLINE;
      }
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
        const res = await Taro.cloud.callFunction({ name: 'api', data: { action, data } });
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

export const transport: Transport = process.env.TARO_ENV === 'weapp' ? cloudTransport() : httpTransport();
