/**
 * 手机号快速验证 on the self-hosted host: a getPhoneNumber code exchanged at WeChat's getuserphonenumber with the
 * app's access token (from appid and secret, kept until shortly before it expires). The endpoint base is the one
 * sign-in uses, so tests point both at a local stand-in.
 */
import type { WechatLogin } from './config';

const TIMEOUT_MS = 5000;
/** Renew this long before WeChat's stated expiry. */
const MARGIN_MS = 5 * 60_000;

/** The platform's phoneNumber for a host with WeChat settings. */
export function wechatPhoneNumber(wechat: WechatLogin, clock: () => number = Date.now): (code: string) => Promise<string | null> {
  let token: { value: string; until: number } | null = null;

  async function accessToken(): Promise<string | null> {
    if (token && token.until > clock()) return token.value;
    const url = new URL('/cgi-bin/token', wechat.apiBase);
    url.search = new URLSearchParams({ grant_type: 'client_credential', appid: wechat.appid, secret: wechat.secret }).toString();
    const body = (await (await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) })).json()) as { access_token?: string; expires_in?: number };
    if (!body.access_token) return null;
    token = { value: body.access_token, until: clock() + (body.expires_in ?? 7200) * 1000 - MARGIN_MS };
    return token.value;
  }

  return async (code) => {
    try {
      const access = await accessToken();
      if (!access) return null;
      const url = new URL('/wxa/business/getuserphonenumber', wechat.apiBase);
      url.search = new URLSearchParams({ access_token: access }).toString();
      const res = await fetch(url, { method: 'POST', body: JSON.stringify({ code }), headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
      const body = (await res.json()) as { errcode?: number; phone_info?: { purePhoneNumber?: string } };
      if (body.errcode === 40001 || body.errcode === 42001) token = null; // token revoked or expired early: fetch anew next time
      return (!body.errcode && body.phone_info?.purePhoneNumber) || null;
    } catch {
      return null;
    }
  };
}
