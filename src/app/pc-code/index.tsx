import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import PageShell from '../../components/page-shell';
import { useRequest } from '../../hooks/useRequest';
import { pcCode } from '../../services/host-auth';
import { role } from '../../utils/a11y';
import './index.scss';

/** Seconds until `expiresAt`, ticking each second; 0 once it has passed. */
function useSecondsLeft(expiresAt: string | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return expiresAt ? Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 1000)) : 0;
}

const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/** 电脑登录: six digits to type on the PC's login page, valid five minutes and once; 换一个 for a fresh one. */
export default function PcCodePage() {
  const issued = useRequest(pcCode);
  const left = useSecondsLeft(issued.data?.expiresAt);
  const code = issued.data?.code;
  return (
    <PageShell loading={issued.loading && !code} error={code ? null : issued.error} onRetry={issued.reload} retryText="换一个">
      <View className="pc-code">
        <Text className="pc-code__hint">在电脑浏览器打开三单通登录页，输入下面的登录码</Text>
        <Text className="pc-code__digits" data-testid="pc-code" aria-label={`电脑登录码 ${(code ?? '').split('').join(' ')}`}>
          {code}
        </Text>
        <Text className="pc-code__left" {...role('status')}>
          {left > 0 ? `${clock(left)} 后失效，只能使用一次` : '登录码已失效，请换一个'}
        </Text>
        {issued.error && (
          <Text className="pc-code__error" {...role('alert')}>
            {issued.error}
          </Text>
        )}
        <Button block size="large" type="primary" loading={issued.loading} onClick={() => void issued.reload()}>
          换一个
        </Button>
        <Text className="pc-code__hint">请勿把登录码告诉他人，工作人员不会向您索要。</Text>
      </View>
    </PageShell>
  );
}
