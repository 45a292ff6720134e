import PageShell from '../../components/page-shell';
import EmptyState from '../../components/empty-state';

/** 接单大厅 (being built). */
export default function Page() {
  return (
    <PageShell>
      <EmptyState title="接单大厅" hint="即将上线" />
    </PageShell>
  );
}
