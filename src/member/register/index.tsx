import PageShell from '../../components/page-shell';
import EmptyState from '../../components/empty-state';

/** 党员报到 (being built). */
export default function Page() {
  return (
    <PageShell>
      <EmptyState title="党员报到" hint="即将上线" />
    </PageShell>
  );
}
