import PageShell from '../../components/page-shell';
import EmptyState from '../../components/empty-state';

/** 待办 (being built). */
export default function Page() {
  return (
    <PageShell>
      <EmptyState title="待办" hint="即将上线" />
    </PageShell>
  );
}
