import PageShell from '../../components/page-shell';
import EmptyState from '../../components/empty-state';

/** 受理派单 (being built). */
export default function Page() {
  return (
    <PageShell>
      <EmptyState title="受理派单" hint="即将上线" />
    </PageShell>
  );
}
