import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { role } from '../../utils/a11y';
import PageShell from '../../components/page-shell';
import { useRequest } from '../../hooks/useRequest';
import { demoAccounts, type DemoAccount } from '../../services/dev-login';
import { useSession } from '../../services/session';
import { ROUTES } from '../../utils/routes';
import { toast } from '../../utils/toast';
import './index.scss';

/** 浏览器版登录: only the local host's demo accounts; in WeChat, identity comes from the cloud. */
export default function Login() {
  const { signIn } = useSession();
  const accounts = useRequest(demoAccounts);
  async function enter(a: DemoAccount) {
    try {
      await signIn(a.openid);
      await Taro.switchTab({ url: ROUTES.home });
    } catch (e) {
      toast.error(e);
    }
  }
  return (
    <PageShell loading={accounts.loading && !accounts.data} error={accounts.error} onRetry={accounts.reload}>
      <View className="login">
        <Text className="login__title">三单通 · 演示登录</Text>
        <Text className="login__hint">这是演示环境，请选择一个身份体验。正式使用时在微信小程序中自动登录。</Text>
        <View {...role('group', true)} aria-label="演示账号">
          {(accounts.data ?? []).map((a) => (
            <View key={a.openid} className="login__account">
              <Button block size="large" type="default" data-openid={a.openid} onClick={() => enter(a)}>
                【演示】{a.label} · {a.name}
              </Button>
            </View>
          ))}
        </View>
      </View>
    </PageShell>
  );
}
