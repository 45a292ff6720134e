import { useEffect, useRef } from 'react';
import type { MemberView } from '../../../../types/views';
import PageShell from '../../../components/page-shell';
import { useRequest } from '../../../hooks/useRequest';
import { call } from '../../../services/api';
import { useSession } from '../../../services/session';
import { toast } from '../../../utils/toast';
import CommunityGate from '../shared/community-gate';
import RegisterForm from './register-form';
import { PendingCard, RejectedCard, VerifiedCard } from './status-cards';
import './index.scss';

/** 党员报到: register with the community where I live, or see where my registration stands. */
export default function RegisterPage() {
  return <CommunityGate hint="先加入您居住的社区，再进行党员报到">{(id) => <Register communityId={id} />}</CommunityGate>;
}

function Register({ communityId }: { communityId: string }) {
  const session = useSession();
  const mine = useRequest(() => call('member.me', { communityId }), [communityId]);
  const menu = useRequest(() => call('menu.get', { communityId }), [communityId]);
  const profile = mine.data;
  const community = session.me?.communities.find((c) => c.id === communityId);

  // Reviewed since the session was read (say, verified this morning): read it again so home and 我的 agree.
  const checked = useRef(false);
  useEffect(() => {
    if (checked.current || profile === undefined) return;
    checked.current = true;
    if ((profile?.status ?? null) !== (session.member?.memberStatus ?? null)) void session.refresh();
  }, [profile]);

  async function submitted(view: MemberView) {
    mine.setData(view);
    toast.success('报到信息已提交，请等待社区审核');
    await session.refresh();
  }

  return (
    <PageShell loading={mine.loading && mine.data === undefined} error={mine.data === undefined ? mine.error : null} onRetry={mine.reload}>
      {profile?.status === 'pending' && <PendingCard profile={profile} dutyPhone={community?.dutyPhone} />}
      {profile?.status === 'verified' && <VerifiedCard profile={profile} />}
      {profile?.status === 'rejected' && <RejectedCard profile={profile} />}
      {(profile === null || profile?.status === 'rejected') && (
        <RegisterForm
          // A new answer (say, rejected after a reload) starts the form again from it.
          key={profile ? `${profile.createdAt}-${profile.status}` : 'new'}
          communityId={communityId}
          menu={menu.data}
          menuError={menu.error}
          onMenuRetry={menu.reload}
          initial={
            profile
              ? { realName: profile.realName, phone: profile.phone, workUnit: profile.workUnit, branch: profile.branch, skills: profile.skills, teamId: profile.teamId, gridId: profile.gridId }
              : { realName: session.me?.name ?? '', phone: '', workUnit: '', branch: '', skills: [], teamId: null, gridId: null }
          }
          reapply={!!profile}
          onDone={submitted}
          onAlreadyRegistered={() => void mine.reload()}
        />
      )}
    </PageShell>
  );
}
