import PageShell from '../../components/page-shell';
import EmptyState from '../../components/empty-state';

/** 加入社区 (being built). */
export default function Page() {
  return (
    <PageShell>
      <EmptyState title="加入社区" hint="即将上线" />
    </PageShell>
  );
}
