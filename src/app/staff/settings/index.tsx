import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { FieldErrors } from '../../../../types/errors';
import { SETTING_KEYS, SETTINGS, SETTING_URGENCIES, type CommunitySettings } from '../../../../types/settings';
import Field from '../../../components/field';
import PageShell from '../../../components/page-shell';
import TextInput from '../../../components/text-input';
import { useRequest } from '../../../hooks/useRequest';
import { ApiError, call } from '../../../services/api';
import { useSession } from '../../../services/session';
import { URGENCY_LABEL } from '../../../utils/labels';
import { formatTime } from '../../../utils/time';
import { toast } from '../../../utils/toast';
import { patchOf, shown, toTexts, type Texts } from './values';
import '../residents/index.scss';

/** 社区设置: every tunable number and list of the community with its unit and range; the admin edits, staff read. */
export default function SettingsPage() {
  const { communityId } = useSession();
  const view = useRequest(() => call('settings.get', { communityId: communityId ?? '' }), [communityId]);
  // What the admin typed; until then, the values in force.
  const [edits, setEdits] = useState<Texts | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const v = view.data;
  const texts = edits ?? (v ? toTexts(v.values) : {});

  async function save(values: CommunitySettings) {
    const patch = patchOf(texts, values);
    if (Object.keys(patch).length === 0) return void toast.info('没有需要保存的修改');
    setBusy(true);
    try {
      // Typed as entered: the server answers what is not a number in range beside its field.
      await call('settings.update', { communityId: communityId ?? '', patch: patch as Partial<CommunitySettings> });
      setErrors({});
      setEdits(null);
      toast.success('设置已保存');
      await view.reload();
    } catch (e) {
      if (e instanceof ApiError) setErrors(Object.fromEntries(Object.entries(e.fields).map(([k, m]) => [k.replace(/^patch\./, ''), m])));
      toast.error(e);
    } finally {
      setBusy(false);
    }
  }

  const input = (path: string, label: string, editable: boolean) => (
    <TextInput
      testId={`setting-${path}`}
      label={label}
      // Taro's H5 input does not pass aria-label to the inner <input>: the placeholder names it there.
      placeholder={label}
      value={texts[path] ?? ''}
      invalid={!!errors[path]}
      onChange={(t) => editable && setEdits({ ...texts, [path]: t })}
    />
  );

  return (
    <PageShell loading={!v && view.loading} error={!v ? view.error : null} onRetry={view.reload}>
      {v && (
        <View className="residents__form" data-testid="settings-page">
          {!v.mayEdit && <Text className="residents__line">只有社区管理员可以修改设置，您可以查看当前设置和修改记录</Text>}
          {SETTING_KEYS.map((key) => {
            const d = SETTINGS[key];
            const range = d.kind === 'tags' ? `${d.min}–${d.max}个，用顿号隔开` : `${d.min}–${d.max}${d.unit}`;
            const sub = errors[key] ?? Object.entries(errors).find(([k]) => k.startsWith(`${key}.`))?.[1];
            return (
              <Field card key={key} name={key} label={d.label} hint={`${d.hint}（${range}）`} error={sub}>
                {d.kind === 'number' || d.kind === 'tags'
                  ? input(key, d.label, v.mayEdit)
                  : (d.kind === 'perUrgency' ? SETTING_URGENCIES.map((u) => [`acceptMinutes.${u}`, URGENCY_LABEL[u]] as const) : Object.keys(v.values.visitDays).map((t) => [`visitDays.${t}`, t] as const)).map(
                      ([path, name]) => (
                        <View key={path} className="residents__line">
                          <Text>{name}</Text>
                          {input(path, `${d.label}：${name}`, v.mayEdit)}
                        </View>
                      ),
                    )}
              </Field>
            );
          })}
          {v.mayEdit && (
            <View className="residents__foot">
              <Button type="primary" size="xlarge" block loading={busy} disabled={busy} data-testid="settings-save" onClick={() => void save(v.values)}>
                保存修改
              </Button>
            </View>
          )}
          <View className="residents__card" data-testid="settings-audit">
            <Text className="residents__section">修改记录</Text>
            {v.audit.length === 0 && <Text className="residents__line">还没有修改过</Text>}
            {v.audit.map((a, i) => (
              <Text key={`${a.at}-${a.key}-${i}`} className="residents__line">
                {formatTime(a.at)} {a.byName || '管理员'}：{SETTINGS[a.key].label} {shown(a.key, a.old)} → {shown(a.key, a.new)}
              </Text>
            ))}
          </View>
        </View>
      )}
    </PageShell>
  );
}
