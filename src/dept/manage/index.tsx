import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { DepartmentInput, DepartmentView } from '../../../types/departments';
import PageShell from '../../components/page-shell';
import TextInput from '../../components/text-input';
import { useRequest } from '../../hooks/useRequest';
import { call, messageOf } from '../../services/api';
import { useSession } from '../../services/session';
import { toast } from '../../utils/toast';
import DepartmentForm from './department-form';
import './index.scss';

/** 职能部门管理: the street's departments and their staff; its admin adds, retires and grants, its staff look. */
export default function DepartmentManagePage() {
  const { me } = useSession();
  const grant = me?.roles.find((r) => (r.role === 'admin' || r.role === 'street_staff') && r.streetId);
  const streetId = grant?.streetId ?? null;
  const isAdmin = !!me?.roles.some((r) => r.role === 'admin' && r.streetId === streetId);
  const list = useRequest(() => (streetId ? call('department.list', { streetId }) : Promise.resolve([])), [streetId]);
  const [busy, setBusy] = useState(false);
  const [userIds, setUserIds] = useState<Record<string, string>>({});

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      toast.success(done);
      await list.reload();
    } catch (e) {
      toast.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const save = (department: DepartmentInput) => run(() => call('department.save', { streetId: streetId!, department }), '已保存');
  const toggle = (d: DepartmentView) =>
    run(() => call('department.save', { streetId: streetId!, department: { ...d, active: !d.active } }), d.active ? '已停用' : '已启用');
  const setStaff = (departmentId: string, userId: string, revoke: boolean) =>
    run(() => call('department.grant', { departmentId, userId, revoke }), revoke ? '已撤销' : '已授予');

  if (!streetId) return <PageShell error="只有街道工作人员可以查看职能部门" />;
  return (
    <PageShell loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
      {(list.data ?? []).map((d) => (
        <View key={d.id} className={`dept-card ${d.active ? '' : 'dept-card--off'}`} data-testid="dept-card">
          <Text className="dept-card__name">
            {d.name}
            {d.active ? '' : '（已停用）'}
          </Text>
          <Text className="dept-card__contact">
            联系人：{d.contactName} {d.contactPhone}
          </Text>
          <Text className="dept-card__staff" data-testid="dept-staff">
            工作人员：{d.staff.length ? d.staff.map((s) => s.name).join('、') : '暂无'}
          </Text>
          {isAdmin && (
            <View className="dept-card__actions">
              {d.staff.map((s) => (
                <Button key={s.userId} size="small" onClick={() => void setStaff(d.id, s.userId, true)}>
                  撤销{s.name}
                </Button>
              ))}
              <TextInput label="用户编号" placeholder="输入用户编号授予工作人员" value={userIds[d.id] ?? ''} onChange={(x) => setUserIds((u) => ({ ...u, [d.id]: x }))} />
              <Button size="small" onClick={() => (userIds[d.id]?.trim() ? void setStaff(d.id, userIds[d.id].trim(), false) : toast.error('请先输入用户编号'))}>
                授予
              </Button>
              <Button size="small" onClick={() => void toggle(d)}>
                {d.active ? '停用' : '启用'}
              </Button>
            </View>
          )}
        </View>
      ))}
      {list.data?.length === 0 && <Text className="dept-card__empty">本街道还没有职能部门</Text>}
      {isAdmin && <DepartmentForm onSave={save} busy={busy} />}
    </PageShell>
  );
}
