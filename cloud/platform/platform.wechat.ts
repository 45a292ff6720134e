/**
 * The WeChat cloud platform: content checks through security.msgSecCheck (v2), photo checks through
 * security.mediaCheckAsync (its verdict arrives later as a message push: cloud/functions/api.ts), photo and export URLs
 * through getTempFileURL, exports kept with uploadFile, subscribe messages through subscribeMessage.send with the
 * template of each notice's group, phone numbers through phonenumber.getPhoneNumber.
 */
import { createReadStream, rmSync } from 'node:fs';
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
type TempUrls = { fileList: { fileID: string; tempFileURL: string; status: number }[] };
/** Seconds a temporary photo URL works. */
const PHOTO_URL_SECONDS = 600;
/** getTempFileURL and deleteFile take at most this many files per call. */
const FILES_PER_CALL = 50;

const chunks = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / FILES_PER_CALL) }, (_, i) => items.slice(i * FILES_PER_CALL, (i + 1) * FILES_PER_CALL));

export function wechatPlatform(cloud: Sdk, settings: WechatSettings): Platform {
  async function photoUrls(fileIds: string[]): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const part of chunks(fileIds.filter((id) => id.startsWith('cloud://')))) {
      const res = (await cloud.getTempFileURL({ fileList: part.map((fileID) => ({ fileID, maxAge: PHOTO_URL_SECONDS })) })) as TempUrls;
      for (const f of res.fileList) if (f.status === 0 && f.tempFileURL) out[f.fileID] = f.tempFileURL;
    }
    return out;
  }

  return {
    photoUrls,

    async keepFile(path, name) {
      try {
        const res = (await cloud.uploadFile({ cloudPath: name, fileContent: createReadStream(path) })) as { fileID: string };
        return res.fileID;
      } finally {
        rmSync(path, { force: true });
      }
    },

    async deleteFiles(fileIds) {
      for (const part of chunks(fileIds.filter((id) => id.startsWith('cloud://')))) await cloud.deleteFile({ fileList: part });
    },

    async checkMedia(fileId, openid) {
      const url = (await photoUrls([fileId]))[fileId];
      if (!url) return { media: 'pending' };
      const res = await cloud.openapi.security.mediaCheckAsync({ mediaUrl: url, mediaType: 2, version: 2, scene: 2, openid });
      return { media: 'pending', trace: (res as { traceId?: string }).traceId ?? null };
    },

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
          // Notices of 微心愿 carry the wish's id where order notices carry the order's.
          page: `${m.kind.startsWith('wish_') ? 'app/wish/detail/index' : 'app/order/detail/index'}?id=${m.orderId}`,
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
