import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import EmptyState from '../../../components/empty-state';
import { FieldError } from '../../../components/field';
import PageShell from '../../../components/page-shell';
import PrivacyConsent from '../../../components/privacy-consent';
import UrgencyPrompt from '../../../components/urgency-prompt';
import { useRequest } from '../../../hooks/useRequest';
import { call } from '../../../services/api';
import { useSession } from '../../../services/session';
import { go, ROUTES } from '../../../utils/routes';
import { toast } from '../../../utils/toast';
import SubmitFields from './submit-fields';
import { useSubmitDraft } from './useSubmitDraft';
import './index.scss';

const dial = (phoneNumber: string) => void Taro.makePhoneCall({ phoneNumber }).catch(() => undefined);

/** 我要点单: who is asking decides nothing here but whether they have a community to ask. */
export default function SubmitPage() {
  const { me, loading, communityId } = useSession();
  if (loading && !me) return <PageShell loading />;
  if (!me) {
    return (
      <PageShell>
        <EmptyState title="请先登录" hint="登录后就可以向社区点单求助" actionText="去登录" onAction={() => Taro.reLaunch({ url: ROUTES.login })} />
      </PageShell>
    );
  }
  if (!communityId || me.roles.length === 0) {
    return (
      <PageShell>
        <EmptyState title="先加入您居住的社区" hint="加入社区后，就可以向社区点单求助" actionText="加入社区" onAction={() => go(ROUTES.join)} />
      </PageShell>
    );
  }
  return <SubmitForm communityId={communityId} />;
}

function SubmitForm({ communityId }: { communityId: string }) {
  const menu = useRequest(() => call('menu.get', { communityId }), [communityId]);
  const draft = useSubmitDraft(communityId, menu);
  useEffect(() => {
    if (menu.error && !menu.data) toast.error(menu.error);
  }, [menu.error]);

  const menuData = menu.data;
  if (menuData && menuData.categories.length === 0) {
    return (
      <PageShell>
        <EmptyState title="社区还没有开放服务菜单" hint="有事请直接拨打社区值班电话" actionText="拨打社区值班电话" onAction={() => dial(menuData.community.dutyPhone)} />
      </PageShell>
    );
  }
  const dutyPhone = menuData?.community.dutyPhone;
  return (
    <PageShell loading={!menuData && menu.loading} error={!menuData ? menu.error : null} onRetry={menu.reload}>
      {menuData && (
        <View className="submit" data-testid="submit-form">
          {draft.restored && (
            <View className="submit__restored" data-testid="draft-restored">
              <Text className="submit__restored-text">已为您恢复上次没有提交的内容</Text>
              <Text className="submit__link" data-testid="draft-clear" onClick={draft.startOver}>
                清空重填
              </Text>
            </View>
          )}
          <SubmitFields draft={draft} menu={menuData} onShowPrompt={() => draft.chooseUrgency('life_threatening')} />
          <View className="submit__foot">
            <FieldError name="form" message={draft.errors.form} />
            {draft.offline && (
              <Text className="submit__offline" data-testid="submit-offline">
                网络不太稳定，您填写的内容已保存在手机上。网络好了再点「提交」，不会重复提交。
              </Text>
            )}
            <Button data-testid="submit-button" type="primary" size="xlarge" block loading={draft.busy} disabled={draft.busy} onClick={draft.submit}>
              {draft.busy ? '正在提交…' : draft.offline ? '重新提交' : '提交'}
            </Button>
            {dutyPhone && (
              <Text className="submit__duty" onClick={() => dial(dutyPhone)}>
                不方便填写？拨打社区值班电话 {dutyPhone}
              </Text>
            )}
          </View>
        </View>
      )}
      <UrgencyPrompt
        visible={draft.prompt !== null}
        dutyPhone={dutyPhone}
        communityName={menuData?.community.name}
        onContinue={() => draft.closePrompt(false)}
        onBack={() => draft.closePrompt(true)}
      />
      <PrivacyConsent {...draft.consent.props} />
    </PageShell>
  );
}
