/**
 * The WeChat cloud platform: content checks through security.msgSecCheck (v2), subscribe messages through an
 * `outbox` collection the actions write and the timer function drains with subscribeMessage.send.
 */
import type * as Cloud from 'wx-server-sdk';
import type { Notice } from '../domain/notices';
import type { Platform } from './platform';

type Sdk = typeof Cloud;

/** One subscribe template (服务进度提醒: thing1 需求, thing2 进度), configured per environment. */
export interface WechatSettings {
  templateId?: string;
  /** 'developer' | 'trial' | 'formal': which mini-program build the message opens. */
  miniprogramState?: string;
}

const MAX_ATTEMPTS = 5;

export interface WechatPlatform extends Platform {
  /** Sends what the outbox holds; returns how many went out. Run by the timer function. */
  drainOutbox(limit?: number): Promise<number>;
}

export function wechatPlatform(cloud: Sdk, settings: WechatSettings = {}): WechatPlatform {
  const db = cloud.database();
  const _ = db.command;
  const outbox = db.collection('outbox');

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

    async notify(notices: (Notice & { openid: string })[]) {
      for (const n of notices) await outbox.add({ data: { ...n, createdAt: new Date(), sentAt: null, attempts: 0 } });
    },

    async drainOutbox(limit = 50) {
      if (!settings.templateId) return 0;
      const { data } = (await outbox.where({ sentAt: null, attempts: _.lt(MAX_ATTEMPTS) }).limit(limit).get()) as { data: unknown[] };
      let sent = 0;
      for (const m of data as (Notice & { _id: string; openid: string })[]) {
        try {
          await cloud.openapi.subscribeMessage.send({
            touser: m.openid,
            templateId: settings.templateId,
            page: `order/detail/index?id=${m.orderId}`,
            miniprogramState: settings.miniprogramState ?? 'formal',
            data: { thing1: { value: m.title }, thing2: { value: m.text } },
          });
          await outbox.doc(m._id).update({ data: { sentAt: new Date() } });
          sent++;
        } catch {
          // Not subscribed, or WeChat busy: try again on the next run, a few times at most.
          await outbox.doc(m._id).update({ data: { attempts: _.inc(1) } });
        }
      }
      return sent;
    },
  };
}
