import { Button, Toast } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { CSSProperties, PropsWithChildren, ReactNode } from 'react';
import { useSession } from '../../services/session';
import { TOAST_ID } from '../../utils/toast';
import ListSkeleton from '../list-skeleton';
import PrivacyConsent, { usePrivacyConsent } from '../privacy-consent';
import './index.scss';

export interface PageShellProps {
  /** Show the skeleton instead of the content (first load only). */
  loading?: boolean;
  /** An error with nothing to show: the message and a retry button. */
  error?: string | null;
  onRetry?: () => void;
  /** The retry button's words (重新加载 unless the page says otherwise). */
  retryText?: string;
  /** Shown under the content, e.g. a fixed action bar. */
  footer?: ReactNode;
  className?: string;
}

/** Every page's root: the text scale, the toast host, and the loading and error states. */
export default function PageShell({ loading, error, onRetry, retryText = '重新加载', footer, className, children }: PropsWithChildren<PageShellProps>) {
  const { fontScale } = useSession();
  const style = {
    '--font-scale': String(fontScale),
    '--nutui-font-size-s': `${12 * fontScale}px`,
    '--nutui-font-size-base': `${14 * fontScale}px`,
    '--nutui-font-size-l': `${16 * fontScale}px`,
    '--nutui-font-size-xl': `${18 * fontScale}px`,
    '--nutui-toast-text-font-size': `${16 * fontScale}px`,
    '--nutui-toast-title-font-size': `${18 * fontScale}px`,
  } as CSSProperties;
  return (
    <View className={`page-shell ${className ?? ''}`} style={style}>
      {loading ? (
        <ListSkeleton />
      ) : error ? (
        <View className="page-shell__error">
          <Text className="page-shell__error-text">{error}</Text>
          {onRetry && (
            <Button type="primary" size="large" onClick={onRetry}>
              {retryText}
            </Button>
          )}
        </View>
      ) : (
        children
      )}
      {footer}
      {/* A toast only tells: taps go through it to the page, while it shows and after (its overlay would take them). */}
      <Toast id={TOAST_ID} style={{ pointerEvents: 'none' }} />
      {process.env.TARO_ENV === 'weapp' && <WeChatPrivacyHost />}
    </View>
  );
}

/** In WeChat any page may be asked for privacy authorisation (choosing a photo, calling): every page can answer. */
function WeChatPrivacyHost() {
  const consent = usePrivacyConsent();
  return <PrivacyConsent {...consent.props} />;
}
