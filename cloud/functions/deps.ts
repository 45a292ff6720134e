/**
 * What a cloud function runs on in WeChat cloud: the CloudBase store and the WeChat platform, built once per
 * warm instance. The environment is the one the function is deployed in (DYNAMIC_CURRENT_ENV): no id in source.
 */
import cloud from 'wx-server-sdk';
import type { Platform } from '../platform/platform';
import { wechatPlatform } from '../platform/platform.wechat';
import { templatesFromEnv } from '../platform/subscribe';
import { cloudbaseStore } from '../store/store.cloudbase';
import type { Store } from '../store/store.port';

let deps: { store: Store; platform: Platform } | undefined;

export function cloudDeps() {
  if (!deps) {
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
    const templates = templatesFromEnv(process.env);
    const groups = Object.keys(templates);
    console.log(
      groups.length > 0
        ? `[subscribe] 订阅消息已开启：${groups.join(', ')}`
        : '[subscribe] 未配置订阅消息模板（SUBSCRIBE_TMPL_*）：订阅消息关闭，消息中心照常可用',
    );
    deps = {
      store: cloudbaseStore(cloud.database()),
      platform: wechatPlatform(cloud, { templates, miniprogramState: process.env.MINIPROGRAM_STATE }),
    };
  }
  return deps;
}

export { cloud };
