/**
 * Signing in on a PC with a one-time code: the mini-program (signed in) asks its host for six digits, and the
 * browser's login page trades them for a token. Only builds that talk to a host reach this module.
 */
import Taro from '@tarojs/taro';
import type { Envelope } from '../../types/errors';
import { ApiError } from './api';
import { apiBase, tokenStore } from './transport';

/** A one-time code and when it stops working (ISO time). */
export interface PcCode {
  code: string;
  expiresAt: string;
}

async function post<T>(path: string, data: unknown, header: Record<string, string> = {}): Promise<T> {
  let body: Envelope<T>;
  try {
    body = (await Taro.request({ url: `${apiBase()}${path}`, method: 'POST', data, header: { 'content-type': 'application/json', ...header } })).data as Envelope<T>;
  } catch {
    throw new ApiError('NETWORK.OFFLINE', '网络不太稳定，请检查网络后重试');
  }
  if (body.code !== 0) throw new ApiError(body.code, body.message, body.fields);
  return body.data;
}

/** A new one-time code for the signed-in caller (valid five minutes, single use). */
export function pcCode(): Promise<PcCode> {
  return post<PcCode>('/auth/pc-code', {}, { Authorization: `Bearer ${tokenStore.get()}` });
}

/** Trades a one-time code shown in the mini-program for a token. */
export async function pcLogin(code: string): Promise<string> {
  return (await post<{ token: string }>('/auth/pc-login', { code })).token;
}
