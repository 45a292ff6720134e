import PageShell from '../../components/page-shell';
import EmptyState from '../../components/empty-state';

/** 党员审核 (being built). */
export default function Page() {
  return (
    <PageShell>
      <EmptyState title="党员审核" hint="即将上线" />
    </PageShell>
  );
}
