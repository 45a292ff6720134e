import type { ReactElement } from 'react';
import EmptyState from '../../../components/empty-state';
import PageShell from '../../../components/page-shell';
import { useSession } from '../../../services/session';
import { go, ROUTES } from '../../../utils/routes';

export interface CommunityGateProps {
  /** Why joining a community comes first, for this page. */
  hint: string;
  children: (communityId: string) => ReactElement;
}

/**
 * Member pages work in the session's community: wait for the session, ask a person with no community to join one,
 * and only then mount the page (so nothing is fetched, or shown, for a community that is not known yet).
 */
export default function CommunityGate({ hint, children }: CommunityGateProps) {
  const { communityId, loading } = useSession();
  if (communityId) return children(communityId);
  if (loading) return <PageShell loading />;
  return (
    <PageShell>
      <EmptyState title="请先加入社区" hint={hint} actionText="加入社区" onAction={() => go(ROUTES.join)} />
    </PageShell>
  );
}
