/**
 * The WeChat cloud platform: content checks through security.msgSecCheck (v2), subscribe messages through
 * subscribeMessage.send with the template of each notice's group (subscribe.ts), phone numbers through
 * phonenumber.getPhoneNumber.
 */
import type * as Cloud from 'wx-server-sdk';
import type { Platform } from './platform';
import { subscribeData, type Templates } from './subscribe';

type Sdk = typeof Cloud;

export interface WechatSettings {
  templates: Templates;
  /** 'developer' | 'trial' | 'formal': which mini-program build the message opens. */
  miniprogramState?: string;
}

/** WeChat's answer when the person has not allowed the template (or used up what they allowed). */
const NOT_SUBSCRIBED = 43101;

export function wechatPlatform(cloud: Sdk, settings: WechatSettings): Platform {
  return {
    async textIsSafe(text, openid) {
      try {
        const res = await cloud.openapi.security.msgSecCheck({ openid, scene: 2, version: 2, content: text });
        return res?.result?.suggest !== 'risky';
      } catch (e) {
        // 87014: risky content (v1 semantics); anything else (quota, outage) must not block a resident's plea.
        return (e as { errCode?: number }).errCode !== 87014;
      }
    },

    async sendSubscribe(m) {
      const filled = subscribeData(m, settings.templates);
      if (!filled) return { state: 'skipped', error: 'no template for this kind' };
      try {
        await cloud.openapi.subscribeMessage.send({
          touser: m.openid,
          templateId: filled.templateId,
          page: `order/detail/index?id=${m.orderId}`,
          miniprogramState: settings.miniprogramState ?? 'formal',
          data: filled.data,
        });
        return { state: 'sent' };
      } catch (e) {
        const { errCode, errMsg, message } = e as { errCode?: number; errMsg?: string; message?: string };
        const error = `${errCode ?? ''} ${errMsg ?? message ?? ''}`.trim();
        return { state: errCode === NOT_SUBSCRIBED ? 'refused' : 'failed', error };
      }
    },

    async phoneNumber(code) {
      try {
        const res = (await cloud.openapi.phonenumber.getPhoneNumber({ code })) as { phoneInfo?: { purePhoneNumber?: string } };
        return res?.phoneInfo?.purePhoneNumber || null;
      } catch {
        return null;
      }
    },
  };
}
