/**
 * The browser build's demo login against the local host. Only the H5 build reaches this module: the weapp build
 * lists no login page and its session never calls it (WeChat's cloud knows the caller).
 */
import Taro from '@tarojs/taro';
import { ApiError } from './api';
import { apiBase } from './transport';

/** One of the local host's demo accounts. */
export interface DemoAccount {
  openid: string;
  name: string;
  label: string;
}

interface Body<T> {
  code: number | string;
  message?: string;
  data?: T;
}

/** The demo accounts the local host offers; throws when its demo login is off. */
export async function demoAccounts(): Promise<DemoAccount[]> {
  const body = (await Taro.request({ url: `${apiBase()}/auth/dev-accounts` })).data as Body<DemoAccount[]>;
  if (body.code !== 0) throw new ApiError('AUTH.DEV_LOGIN_OFF', body.message ?? '演示登录未开启');
  return body.data ?? [];
}

/** Signs in as a demo account; resolves to the token the host issued. */
export async function devLogin(openid: string): Promise<string> {
  const res = await Taro.request({ url: `${apiBase()}/auth/dev-login`, method: 'POST', data: { openid } });
  const body = res.data as Body<{ token: string }>;
  if (body.code !== 0 || !body.data) throw new ApiError('AUTH.DEV_LOGIN_OFF', body.message ?? '演示登录未开启');
  return body.data.token;
}
