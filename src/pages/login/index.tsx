import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { role } from '../../utils/a11y';
import PageShell from '../../components/page-shell';
import TextInput from '../../components/text-input';
import { useRequest } from '../../hooks/useRequest';
import { messageOf } from '../../services/api';
import { demoAccounts, type DemoAccount } from '../../services/dev-login';
import { pcLogin } from '../../services/host-auth';
import { useSession } from '../../services/session';
import { ROUTES } from '../../utils/routes';
import { toast } from '../../utils/toast';
import './index.scss';

/** 浏览器版登录: the one-time code from 我的 → 电脑登录, and the demo accounts while the host's demo login is on. */
export default function Login() {
  const { signIn, adopt } = useSession();
  // No demo accounts (demo login off) is the production case, not an error: the code entry stays.
  const accounts = useRequest(() => demoAccounts().catch(() => [] as DemoAccount[]));
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function enterCode() {
    if (code.length !== 6) return setCodeError('请输入 6 位数字登录码');
    setBusy(true);
    try {
      await adopt(await pcLogin(code));
      await Taro.switchTab({ url: ROUTES.home });
    } catch (e) {
      setCodeError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }
  async function enter(a: DemoAccount) {
    try {
      await signIn(a.openid);
      await Taro.switchTab({ url: ROUTES.home });
    } catch (e) {
      toast.error(e);
    }
  }
  return (
    <PageShell loading={accounts.loading && !accounts.data}>
      <View className="login">
        <Text className="login__title">三单通 · 电脑登录</Text>
        <View className="login__code" {...role('group')} aria-label="电脑登录码">
          <Text className="login__label">电脑登录码</Text>
          <Text className="login__hint">在微信小程序“我的 → 电脑登录”获取 6 位数字</Text>
          <TextInput value={code} onChange={(v) => (setCode(v.replace(/\D/g, '')), setCodeError(null))} type="number" maxLength={6} label="电脑登录码" placeholder="6 位数字" invalid={!!codeError} testId="pc-code-input" onConfirm={() => void enterCode()} />
          {codeError && (
            <Text className="login__error" {...role('alert')}>
              {codeError}
            </Text>
          )}
          <Button block size="large" type="primary" loading={busy} onClick={() => void enterCode()}>
            登录
          </Button>
        </View>
        {!!accounts.data?.length && (
          <View {...role('group', true)} aria-label="演示账号">
            <Text className="login__hint">这是演示环境，也可以选择一个演示身份体验。</Text>
            {accounts.data.map((a) => (
              <View key={a.openid} className="login__account">
                <Button block size="large" type="default" data-openid={a.openid} onClick={() => enter(a)}>
                  【演示】{a.label} · {a.name}
                </Button>
              </View>
            ))}
          </View>
        )}
      </View>
    </PageShell>
  );
}
