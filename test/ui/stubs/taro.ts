/**
 * A stand-in for @tarojs/taro in jsdom: storage in memory, navigation and system calls as jest mocks the tests read.
 */
const storage = new Map<string, unknown>();

/** NutUI's Toast and Dialog talk to their components through Taro's event centre. */
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
const eventCenterImpl = {
  on(name: string, fn: (...args: unknown[]) => void) {
    if (!listeners.has(name)) listeners.set(name, new Set());
    listeners.get(name)!.add(fn);
    return eventCenterImpl;
  },
  off(name: string, fn?: (...args: unknown[]) => void) {
    if (fn) listeners.get(name)?.delete(fn);
    else listeners.delete(name);
    return eventCenterImpl;
  },
  trigger(name: string, ...args: unknown[]) {
    for (const fn of listeners.get(name) ?? []) fn(...args);
    return eventCenterImpl;
  },
};
const noop = jest.fn(() => Promise.resolve({}));

export const router = { params: {} as Record<string, string> };

/** Who listens for the network; `network.change(true)` plays the phone getting its network back. */
const networkListeners = new Set<(res: { isConnected: boolean; networkType: string }) => void>();
export const network = {
  change: (isConnected: boolean) => [...networkListeners].forEach((fn) => fn({ isConnected, networkType: isConnected ? 'wifi' : 'none' })),
  listeners: () => networkListeners.size,
};

const Taro: Record<string, any> = {
  getStorageSync: (k: string) => storage.get(k) ?? '',
  setStorageSync: (k: string, v: unknown) => void storage.set(k, v),
  removeStorageSync: (k: string) => void storage.delete(k),
  clearStorage: () => storage.clear(),
  getSystemInfoSync: () => ({ windowWidth: 375, windowHeight: 812, pixelRatio: 2, fontSizeSetting: 16, platform: 'devtools' }),
  getWindowInfo: () => ({ windowWidth: 375, windowHeight: 812, pixelRatio: 2 }),
  navigateTo: jest.fn(() => Promise.resolve()),
  redirectTo: jest.fn(() => Promise.resolve()),
  switchTab: jest.fn(() => Promise.resolve()),
  navigateBack: jest.fn(() => Promise.resolve()),
  reLaunch: jest.fn(() => Promise.resolve()),
  showModal: jest.fn(() => Promise.resolve({ confirm: true })),
  showToast: noop,
  makePhoneCall: jest.fn(() => Promise.resolve()),
  previewImage: noop,
  chooseMedia: jest.fn(() => Promise.resolve({ tempFiles: [] })),
  compressImage: jest.fn(({ src }: { src: string }) => Promise.resolve({ tempFilePath: `${src}.compressed` })),
  openSetting: jest.fn(() => Promise.resolve({ authSetting: {} })),
  request: jest.fn(() => Promise.reject(new Error('no network in ui tests'))),
  login: jest.fn(() => Promise.resolve({ code: 'wx-login-code', errMsg: 'login:ok' })),
  uploadFile: jest.fn(),
  stopPullDownRefresh: noop,
  onNetworkStatusChange: (fn: (res: { isConnected: boolean; networkType: string }) => void) => void networkListeners.add(fn),
  offNetworkStatusChange: (fn: (res: { isConnected: boolean; networkType: string }) => void) => void networkListeners.delete(fn),
  setTabBarBadge: jest.fn(() => Promise.resolve({})),
  removeTabBarBadge: jest.fn(() => Promise.resolve({})),
  requestSubscribeMessage: jest.fn(() => Promise.resolve({})),
  createSelectorQuery: () => {
    const q: any = { select: () => q, selectAll: () => q, boundingClientRect: () => q, scrollOffset: () => q, fields: () => q, exec: (cb?: any) => cb?.([]) , in: () => q };
    return q;
  },
  nextTick: (fn: () => void) => setTimeout(fn, 0),
  getEnv: () => 'WEB',
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB' },
  pxTransform: (n: number) => `${n / 2}px`,
  getCurrentInstance: () => ({ router }),
  useRouter: () => router,
  useDidShow: (fn: () => void) => {
    const { useEffect } = require('react');
    useEffect(() => void fn(), []);
  },
  useDidHide: () => undefined,
  useReady: () => undefined,
  useLoad: () => undefined,
  usePullDownRefresh: () => undefined,
  useReachBottom: () => undefined,
  usePageScroll: () => undefined,
  useShareAppMessage: jest.fn(),
  eventCenter: eventCenterImpl,
  cloud: { init: noop, callFunction: noop, uploadFile: noop },
};

export const {
  useRouter, useDidShow, useDidHide, useReady, useLoad, usePullDownRefresh, useReachBottom, usePageScroll, useShareAppMessage, getCurrentInstance, getEnv, ENV_TYPE, nextTick, pxTransform, eventCenter,
} = Taro;
export default Taro;
