/**
 * What a cloud function runs on in WeChat cloud: the CloudBase store and the WeChat platform, built once per
 * warm instance. The environment is the one the function is deployed in (DYNAMIC_CURRENT_ENV): no id in source.
 */
import cloud from 'wx-server-sdk';
import { wechatPlatform, type WechatPlatform } from '../platform/platform.wechat';
import { cloudbaseStore } from '../store/store.cloudbase';
import type { Store } from '../store/store.port';

let deps: { store: Store; platform: WechatPlatform } | undefined;

export function cloudDeps() {
  if (!deps) {
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
    deps = {
      store: cloudbaseStore(cloud.database()),
      platform: wechatPlatform(cloud, {
        templateId: process.env.SUBSCRIBE_TEMPLATE_ID,
        miniprogramState: process.env.MINIPROGRAM_STATE,
      }),
    };
  }
  return deps;
}

export { cloud };
