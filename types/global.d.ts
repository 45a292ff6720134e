/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5';
    /** The local host's base URL for the H5 build, e.g. http://127.0.0.1:8787 (same origin when empty). */
    TARO_APP_API_BASE?: string;
    /** One subscribe template per group of notices (types/notices.ts SubscribeGroup), the same ids as the timer's. */
    TARO_APP_SUBSCRIBE_TMPL_ACCEPT?: string;
    TARO_APP_SUBSCRIBE_TMPL_PROGRESS?: string;
    TARO_APP_SUBSCRIBE_TMPL_DONE?: string;
    TARO_APP_SUBSCRIBE_TMPL_REJECTED?: string;
    TARO_APP_SUBSCRIBE_TMPL_NEW_ORDER?: string;
  }
}
