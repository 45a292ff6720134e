/**
 * Asks, in WeChat, to send subscribe messages about this order (已有党员接单 / 服务已完成). WeChat allows the request
 * only inside a tap, so it is the first thing a submit or claim tap does; a refusal changes nothing else.
 */
import Taro from '@tarojs/taro';

export function askToNotify(): void {
  const templateId = process.env.TARO_APP_SUBSCRIBE_TEMPLATE_ID;
  if (process.env.TARO_ENV !== 'weapp' || !templateId) return;
  Taro.requestSubscribeMessage({ tmplIds: [templateId], entityIds: [] } as unknown as Taro.requestSubscribeMessage.Option).catch(() => undefined);
}
