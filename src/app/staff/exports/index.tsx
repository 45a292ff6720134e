import { Button } from '@nutui/nutui-react-taro';
import { Picker, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { EXPORT_KIND_HINT, EXPORT_KIND_LABEL, EXPORT_KINDS, EXPORT_STATE_LABEL, type ExportKind, type ExportScope, type ExportView } from '../../../../types/exports';
import Chips from '../../../components/chips';
import EmptyState from '../../../components/empty-state';
import Field from '../../../components/field';
import LoadError from '../../../components/load-error';
import PageShell from '../../../components/page-shell';
import { useSession } from '../../../services/session';
import { go, ROUTES } from '../../../utils/routes';
import { formatTime, local } from '../../../utils/time';
import { daysPeriod, PERIODS, periodText, presetPeriod, type PeriodKey } from './period';
import { useExports } from './useExports';
import './index.scss';

/** 三本帐导出: staff of a community, or street staff for their whole street, download a ledger as an Excel file. */
export default function ExportsPage() {
  const session = useSession();
  if (session.loading && !session.me) return <PageShell loading />;
  const roles = session.me?.roles ?? [];
  const communityId = roles.find((r) => (r.role === 'staff' || r.role === 'admin') && r.communityId)?.communityId ?? null;
  const streetId = roles.find((r) => r.role === 'street_staff')?.streetId ?? null;
  const scopes: { value: string; label: string; scope: ExportScope }[] = [
    ...(communityId ? [{ value: 'community', label: '本社区', scope: { communityId } }] : []),
    ...(streetId ? [{ value: 'street', label: '全街道', scope: { streetId } }] : []),
  ];
  if (scopes.length === 0) {
    return (
      <PageShell>
        <EmptyState title="只有社区和街道工作人员可以导出台账" hint="请用工作人员账号登录" actionText="回到首页" onAction={() => go(ROUTES.home)} />
      </PageShell>
    );
  }
  return <Exports scopes={scopes} />;
}

const today = () => local(new Date().toISOString()).format('YYYY-MM-DD');

function Exports({ scopes }: { scopes: { value: string; label: string; scope: ExportScope }[] }) {
  const [scopeKey, setScopeKey] = useState(scopes[0].value);
  const scope = scopes.find((s) => s.value === scopeKey)!.scope;
  const [kind, setKind] = useState<ExportKind>('problems');
  const [periodKey, setPeriodKey] = useState<PeriodKey>('this_month');
  const [first, setFirst] = useState(() => today().slice(0, 8) + '01');
  const [last, setLast] = useState(today);
  const ex = useExports(scope);
  const period = periodKey === 'custom' ? daysPeriod(first, last) : presetPeriod(periodKey);
  const running = ex.progress !== null;

  return (
    <PageShell>
      <View className="exports__form">
        {scopes.length > 1 && (
          <Field label="范围" name="scope">
            <Chips label="范围" options={scopes} value={scopeKey} onChange={setScopeKey} testId="export-scope" />
          </Field>
        )}
        <Field label="台账" name="kind" hint={EXPORT_KIND_HINT[kind]}>
          <Chips
            label="台账"
            options={EXPORT_KINDS.map((k) => ({ value: k, label: EXPORT_KIND_LABEL[k], testId: `export-kind-${k}` }))}
            value={kind}
            onChange={setKind}
            testId="export-kind"
          />
        </Field>
        <Field label="时段" name="to" hint={periodText(period)} error={ex.periodError}>
          <Chips label="时段" options={PERIODS} value={periodKey} onChange={(k) => (setPeriodKey(k), ex.clearPeriodError())} testId="export-period" />
          {periodKey === 'custom' && (
            <View className="exports__days">
              <Picker mode="date" value={first} end={today()} onChange={(e) => (setFirst(e.detail.value), ex.clearPeriodError())}>
                <View className="exports__day" data-testid="export-from">开始 {first}</View>
              </Picker>
              <Picker mode="date" value={last} end={today()} onChange={(e) => (setLast(e.detail.value), ex.clearPeriodError())}>
                <View className="exports__day" data-testid="export-to">结束 {last}</View>
              </Picker>
            </View>
          )}
        </Field>
        <Button type="primary" size="xlarge" block loading={running} disabled={running} data-testid="export-create" onClick={() => void ex.run(kind, period)}>
          {running ? '正在生成…' : '导出 Excel'}
        </Button>
        <Text className="exports__progress" aria-live="polite" data-testid="export-progress">
          {running ? `正在生成，已写入 ${ex.progress} 行，请勿离开本页` : ''}
        </Text>
      </View>
      <Text className="exports__title">最近导出</Text>
      {ex.recent.error && <LoadError message={ex.recent.error} onRetry={ex.recent.reload} />}
      {ex.recent.data?.length === 0 && <Text className="exports__none">还没有导出过台账</Text>}
      {ex.recent.data?.map((e) => <ExportCard key={e.id} item={e} opening={ex.opening === e.fileId} onOpen={() => e.fileId && void ex.open(e.fileId)} />)}
    </PageShell>
  );
}

interface ExportCardProps {
  item: ExportView;
  /** Its file is being fetched now. */
  opening: boolean;
  onOpen: () => void;
}

function ExportCard({ item: e, opening, onOpen }: ExportCardProps) {
  return (
    <View className="exports__card" data-testid="export-item" data-state={e.state}>
      <Text className="exports__name">{e.name}</Text>
      <Text className="exports__meta">
        {EXPORT_STATE_LABEL[e.state]} · {e.rows} 行 · {e.byName} · {formatTime(e.at)}
      </Text>
      {e.state === 'done' && (
        <Button size="large" loading={opening} disabled={opening} data-testid="export-open" onClick={onOpen}>
          打开
        </Button>
      )}
    </View>
  );
}
