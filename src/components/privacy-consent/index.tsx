import { Button as TaroButton, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { PRIVACY_KEY, PRIVACY_NOTICE } from '../../utils/privacy';
import { role } from '../../utils/a11y';
import './index.scss';

type WxResolve = Parameters<Parameters<typeof Taro.onNeedPrivacyAuthorization>[0]>[0];

/** The id WeChat checks was tapped before `resolve({ event: 'agree', buttonId })`. */
export const AGREE_BUTTON_ID = 'privacy-agree';

const isWeapp = () => process.env.TARO_ENV === 'weapp';

export const hasAgreed = () => !!Taro.getStorageSync(PRIVACY_KEY);

/**
 * WeChat allows one privacy listener for the whole mini-program and no way to remove it; it is registered once
 * and hands each request to the consent sheet of the page on screen (the last one mounted).
 */
const hosts: ((resolve: WxResolve) => void)[] = [];
let listening = false;

function listenToWeChat() {
  if (listening || !isWeapp() || typeof Taro.onNeedPrivacyAuthorization !== 'function') return;
  listening = true;
  Taro.onNeedPrivacyAuthorization((resolve) => {
    const host = hosts[hosts.length - 1];
    if (host) return host(resolve);
    // No sheet on this page to agree with: refuse this time and say where to agree.
    resolve({ event: 'disagree' });
    void Taro.showModal({ title: '需要您同意隐私说明', content: `${PRIVACY_NOTICE}\n\n请在「我要点单」页面阅读并同意后再试。`, showCancel: false, confirmText: '知道了' });
  });
}

export interface PrivacyConsentProps {
  visible: boolean;
  /** The agree button was tapped. */
  onAgree: () => void;
  /** WeChat confirmed the tap on its agreePrivacyAuthorization button (weapp only). */
  onWeChatAgree?: () => void;
  onDisagree: () => void;
}

export interface PrivacyConsentState {
  /** Resolves true at once if already agreed, else shows the sheet and resolves with the person's choice. */
  ask: () => Promise<boolean>;
  props: PrivacyConsentProps;
}

/**
 * The consent a resident gives before their first order; remembered in storage. In WeChat it also answers the
 * platform's own privacy request (photo album, camera…) so that goes through the same sheet.
 */
export function usePrivacyConsent(): PrivacyConsentState {
  const [visible, setVisible] = useState(false);
  const waiting = useRef<((agreed: boolean) => void)[]>([]);
  const wx = useRef<WxResolve | null>(null);

  useEffect(() => {
    const host = (resolve: WxResolve) => {
      wx.current = resolve;
      setVisible(true);
      resolve({ event: 'exposureAuthorization' });
    };
    hosts.push(host);
    listenToWeChat();
    return () => {
      hosts.splice(hosts.indexOf(host), 1);
      // Leaving with WeChat still waiting: refuse rather than leave the photo picker hanging.
      wx.current?.({ event: 'disagree' });
      wx.current = null;
    };
  }, []);

  const settle = useCallback((agreed: boolean) => {
    if (agreed) Taro.setStorageSync(PRIVACY_KEY, new Date().toISOString());
    wx.current?.(agreed ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' });
    wx.current = null;
    setVisible(false);
    for (const done of waiting.current.splice(0)) done(agreed);
  }, []);

  const ask = useCallback(() => {
    if (hasAgreed()) return Promise.resolve(true);
    setVisible(true);
    return new Promise<boolean>((done) => waiting.current.push(done));
  }, []);

  return {
    ask,
    props: {
      visible,
      // A pending WeChat request is answered from the button's own agree event, which WeChat checks for.
      onAgree: () => (isWeapp() && wx.current ? undefined : settle(true)),
      onWeChatAgree: () => settle(true),
      onDisagree: () => settle(false),
    },
  };
}

/** The short privacy notice: what is collected, why, who sees it and how long it is kept; 同意 / 不同意. */
export default function PrivacyConsent({ visible, onAgree, onWeChatAgree, onDisagree }: PrivacyConsentProps) {
  if (!visible) return null;
  return (
    <View className="privacy-consent" catchMove>
      <View className="privacy-consent__sheet" data-testid="privacy-consent" {...role('dialog', true)} aria-modal aria-label="隐私说明">
        <Text className="privacy-consent__title">请阅读隐私说明</Text>
        <View className="privacy-consent__body">
          {PRIVACY_NOTICE.split('\n').map((line) => (
            <Text key={line} className="privacy-consent__line">
              {line}
            </Text>
          ))}
        </View>
        {isWeapp() && (
          <Text className="privacy-consent__link" onClick={() => Taro.openPrivacyContract({})}>
            查看完整的《隐私保护指引》
          </Text>
        )}
        <View className="privacy-consent__buttons">
          <TaroButton className="privacy-consent__button" data-testid="privacy-disagree" onClick={onDisagree}>
            不同意
          </TaroButton>
          <TaroButton
            id={AGREE_BUTTON_ID}
            className="privacy-consent__button privacy-consent__button--agree"
            data-testid="privacy-agree"
            openType={isWeapp() ? 'agreePrivacyAuthorization' : undefined}
            onAgreePrivacyAuthorization={isWeapp() ? onWeChatAgree : undefined}
            onClick={onAgree}
          >
            同意并继续
          </TaroButton>
        </View>
      </View>
    </View>
  );
}
