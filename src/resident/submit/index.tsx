import PageShell from '../../components/page-shell';
import EmptyState from '../../components/empty-state';

/** 我要点单 (being built). */
export default function Page() {
  return (
    <PageShell>
      <EmptyState title="我要点单" hint="即将上线" />
    </PageShell>
  );
}
