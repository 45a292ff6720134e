/**
 * 手机号快速验证 over HTTP: a getPhoneNumber code exchanged at a stand-in for WeChat's getuserphonenumber with one
 * cached access token; a refused code and a host without WeChat settings each get their own clear refusal.
 */
import { startTestHost, wechatStandIn, type TestHost, type WechatStandIn } from '../factories';

describe('with WeChat settings', () => {
  let wechat: WechatStandIn;
  let host: TestHost;
  beforeAll(async () => {
    wechat = await wechatStandIn();
    host = await startTestHost({ wechat: wechat.settings });
  });
  afterAll(async () => {
    await host.stop();
    await wechat.close();
  });

  test('a code gives the number WeChat vouches for; one access token serves several codes', async () => {
    const resident = await host.as('resident-phone');
    expect(await resident.call('phone.decode', { code: 'phone-13800001111' })).toEqual({ code: 0, data: { phone: '13800001111' } });
    expect(await resident.call('phone.decode', { code: 'phone-13900002222' })).toEqual({ code: 0, data: { phone: '13900002222' } });
    expect(wechat.tokensIssued()).toBe(1);
  });

  test('a code WeChat refuses is answered with PHONE.FAILED and a way on', async () => {
    const resident = await host.as('resident-phone');
    expect(await resident.call('phone.decode', { code: 'used-or-forged' })).toEqual({ code: 'PHONE.FAILED', message: '没能取得微信绑定的手机号，请直接输入手机号' });
  });

  test('no code, or nobody signed in, never reaches WeChat', async () => {
    const resident = await host.as('resident-phone');
    expect(await resident.call('phone.decode', { code: '' })).toMatchObject({ code: 'INPUT.INVALID' });
    const anon = await fetch(`${host.url}/api`, { method: 'POST', body: JSON.stringify({ action: 'phone.decode', data: { code: 'phone-13800001111' } }) });
    expect(await anon.json()).toMatchObject({ code: 'AUTH.REQUIRED' });
  });
});

test('a host without WeChat settings says the quick fill is not available', async () => {
  const host = await startTestHost();
  try {
    const resident = await host.as('resident-phone');
    expect(await resident.call('phone.decode', { code: 'phone-13800001111' })).toEqual({
      code: 'PHONE.NOT_CONFIGURED',
      message: '本系统未开通微信手机号快速填写，请直接输入手机号',
    });
  } finally {
    await host.stop();
  }
});
