import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { LIMITS } from '../../../../types/limits';
import EmptyState from '../../../components/empty-state';
import Field, { FieldError } from '../../../components/field';
import PageShell from '../../../components/page-shell';
import TextInput from '../../../components/text-input';
import { useRequest } from '../../../hooks/useRequest';
import { ApiError, call } from '../../../services/api';
import { useSession } from '../../../services/session';
import { role } from '../../../utils/a11y';
import { go, ROUTES } from '../../../utils/routes';
import { toast } from '../../../utils/toast';
import './index.scss';

/** Past this many communities a search box helps find one's own. */
const SEARCH_FROM = 6;

/** 加入社区: pick the community one lives in (and say how to be called), then start from the home page. */
export default function JoinPage() {
  const session = useSession();
  const { me } = session;
  const list = useRequest(() => call('community.list', {}), []);
  const [chosen, setChosen] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [q, setQ] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    if (list.error && !list.data) toast.error(list.error);
  }, [list.error]);

  if (session.loading && !me) return <PageShell loading />;
  if (!me) {
    return (
      <PageShell>
        <EmptyState title="请先登录" hint="登录后就可以加入您居住的社区" actionText="去登录" onAction={() => Taro.reLaunch({ url: ROUTES.login })} />
      </PageShell>
    );
  }

  const joined = new Set(me.communities.map((c) => c.id));
  const all = list.data ?? [];
  const shown = q.trim() ? all.filter((c) => c.name.includes(q.trim())) : all;
  const target = all.find((c) => c.id === chosen);

  async function join() {
    if (busy) return;
    if (!target) return void toast.info('请先在上面选择您居住的社区');
    setBusy(true);
    setErrors({});
    try {
      await call('community.join', { communityId: target.id, ...(name.trim() ? { name: name.trim() } : {}) });
      await session.refresh();
      toast.success(`已加入${target.name}`);
      setTimeout(() => void go(ROUTES.home), 800);
    } catch (e) {
      setBusy(false);
      if (e instanceof ApiError) setErrors(e.fields);
      toast.error(e);
    }
  }

  return (
    <PageShell
      loading={!list.data && list.loading}
      error={!list.data ? list.error : null}
      onRetry={list.reload}
      footer={
        all.length > 0 && (
          <View className="join__bar">
            <Button data-testid="join-button" type="primary" size="xlarge" block loading={busy} disabled={busy} onClick={join}>
              {target ? `加入${target.name}` : '加入社区'}
            </Button>
          </View>
        )
      }
    >
      {list.data && all.length === 0 && (
        <EmptyState title="暂时没有可以加入的社区" hint="请联系您所在的街道或社区工作人员" actionText="重新加载" onAction={list.reload} />
      )}
      {all.length > 0 && (
        <View className="join" data-testid="join-form">
          <Text className="join__lead">选择您居住的社区，加入后就可以向社区点单求助，也可以作为党员报到。</Text>
          {!me.name && (
            <View className="join__card">
              <Field name="name" label="您的称呼" optional error={errors.name}>
                <TextInput testId="join-name" label="您的称呼" value={name} maxLength={LIMITS.displayName.max} placeholder="如：王阿姨、李师傅" onChange={setName} />
              </Field>
            </View>
          )}
          {all.length > SEARCH_FROM && (
            <TextInput className="join__search" testId="join-search" label="搜索社区名称" value={q} placeholder="搜索社区名称" onChange={setQ} />
          )}
          <View className="join__list" {...role('radiogroup')} aria-label="选择您居住的社区">
            {shown.map((c) => {
              const member = joined.has(c.id);
              const on = c.id === chosen;
              return (
                <View
                  key={c.id}
                  className={`join__community ${on ? 'join__community--on' : ''} ${member ? 'join__community--joined' : ''}`}
                  data-testid="community-option"
                  data-community-id={c.id}
                  {...role('radio', true)}
                  aria-checked={on}
                  aria-disabled={member}
                  onClick={() => !member && setChosen(c.id)}
                >
                  <View className="join__community-main">
                    <Text className="join__community-name">{c.name}</Text>
                    {c.dutyPhone && <Text className="join__community-phone">值班电话 {c.dutyPhone}</Text>}
                  </View>
                  {member ? <Text className="join__tag">已加入</Text> : <Text className={`join__radio ${on ? 'join__radio--on' : ''}`}>{on ? '✓' : ''}</Text>}
                </View>
              );
            })}
            {shown.length === 0 && <Text className="join__none">没有找到“{q.trim()}”，请换个词试试</Text>}
          </View>
          <FieldError name="communityId" message={errors.communityId} />
        </View>
      )}
    </PageShell>
  );
}
