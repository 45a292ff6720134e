import PageShell from '../../components/page-shell';
import EmptyState from '../../components/empty-state';

/** 我的积分 (being built). */
export default function Page() {
  return (
    <PageShell>
      <EmptyState title="我的积分" hint="即将上线" />
    </PageShell>
  );
}
