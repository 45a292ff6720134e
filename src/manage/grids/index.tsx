import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Grid } from '../../../types/domain';
import type { FieldErrors } from '../../../types/errors';
import EmptyState from '../../components/empty-state';
import PageShell from '../../components/page-shell';
import { useRequest } from '../../hooks/useRequest';
import { ApiError, call } from '../../services/api';
import { useSession } from '../../services/session';
import { role } from '../../utils/a11y';
import { toast } from '../../utils/toast';
import GridForm, { gridDraft, gridErrors, gridInput, type GridDraft } from './grid-form';
import '../index.scss';

/** 网格管理: the community's grids with their households and buildings; one at a time is open to change or add. */
export default function GridsPage() {
  const { communityId } = useSession();
  const menu = useRequest(() => call('menu.get', { communityId: communityId ?? '' }), [communityId]);
  const [open, setOpen] = useState<GridDraft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const grids = menu.data?.grids;

  const edit = (g?: Grid) => {
    setErrors({});
    setOpen(gridDraft(g));
  };

  async function save(d: GridDraft) {
    const found = gridErrors(d);
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await call('grid.save', { communityId: communityId ?? '', grid: gridInput(d) });
      toast.success('网格已保存');
      setOpen(null);
      await menu.reload();
    } catch (e) {
      if (e instanceof ApiError) setErrors(Object.fromEntries(Object.entries(e.fields).map(([k, m]) => [k.replace(/^grid\.(\w+).*/, '$1'), m])));
      toast.error(e);
    } finally {
      setBusy(false);
    }
  }

  const form = open && <GridForm value={open} errors={errors} busy={busy} onChange={setOpen} onSave={() => void save(open)} onCancel={() => setOpen(null)} />;
  return (
    <PageShell loading={!grids && menu.loading} error={!grids ? menu.error : null} onRetry={menu.reload}>
      {grids && (
        <View className="residents__form" data-testid="grids-page">
          {open && !open.id ? form : (
            <View className="residents__foot">
              <Button type="primary" size="large" block data-testid="grid-new" onClick={() => edit()}>
                新增网格
              </Button>
            </View>
          )}
          {grids.length === 0 && <EmptyState title="还没有网格" hint="添加网格并写明所含楼栋，居民填写住址时会自动带出网格" />}
          {grids.map((g) =>
            open?.id === g.id ? (
              <View key={g.id}>{form}</View>
            ) : (
              <View key={g.id} className="residents__card manage__row" data-testid="grid-row" {...role('button', true)} onClick={() => edit(g)}>
                <View>
                  <Text className="residents__section">{g.name}</Text>
                  <Text className="residents__line">
                    {g.households ?? 0}户 · {g.buildings?.length ? g.buildings.join('、') : '未填写楼栋'}
                  </Text>
                </View>
                <Text className="manage__retired">修改 ›</Text>
              </View>
            ),
          )}
        </View>
      )}
    </PageShell>
  );
}
