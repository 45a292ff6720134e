import PageShell from '../../components/page-shell';
import EmptyState from '../../components/empty-state';

/** 我的任务 (being built). */
export default function Page() {
  return (
    <PageShell>
      <EmptyState title="我的任务" hint="即将上线" />
    </PageShell>
  );
}
