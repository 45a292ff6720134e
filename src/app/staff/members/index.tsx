import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { MemberStatus } from '../../../../types/domain';
import type { MemberView } from '../../../../types/views';
import EmptyState from '../../../components/empty-state';
import FactList, { Fact } from '../../../components/fact-list';
import { SearchBox, useDebounced } from '../../../components/member-picker';
import PagedList from '../../../components/paged-list';
import PageShell from '../../../components/page-shell';
import QueueTabs from '../../../components/queue-tabs';
import { usePageList } from '../../../hooks/usePageList';
import { usePaged } from '../../../hooks/usePaged';
import { ApiError, call } from '../../../services/api';
import { useSession } from '../../../services/session';
import { go, ROUTES } from '../../../utils/routes';
import { formatTime } from '../../../utils/time';
import { toast } from '../../../utils/toast';
import RejectSheet from './reject-sheet';
import './index.scss';

const TABS: { tab: MemberStatus; title: string }[] = [
  { tab: 'pending', title: '待审核' },
  { tab: 'verified', title: '已报到' },
  { tab: 'rejected', title: '未通过' },
];

const EMPTY: Record<MemberStatus, { title: string; hint: string }> = {
  pending: { title: '没有待审核的报到申请', hint: '在职党员到社区报到后，申请会出现在这里' },
  verified: { title: '还没有已报到的党员', hint: '审核通过的党员会出现在这里，可以接单或被指派' },
  rejected: { title: '没有未通过的申请', hint: '驳回的申请和驳回原因会出现在这里' },
};

/** 党员审核: staff verify or reject members' 报到, and look up members by name, unit or branch. */
export default function MembersPage() {
  const session = useSession();
  if (session.loading && !session.me) return <PageShell loading />;
  if (!session.me || !session.communityId) {
    return (
      <PageShell>
        <EmptyState title="请先登录并加入社区" hint="社区工作人员登录后可以在这里审核党员报到" actionText="回到首页" onAction={() => go(ROUTES.home)} />
      </PageShell>
    );
  }
  return <Members communityId={session.communityId} />;
}

function Members({ communityId }: { communityId: string }) {
  const [tab, setTab] = useState<MemberStatus>('pending');
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim());
  const [busy, setBusy] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<MemberView | null>(null);
  const list = usePaged<MemberView>(
    (cursor) => call('member.list', { communityId, status: tab, q: query || undefined, cursor, limit: 20 }),
    [communityId, tab, query],
  );
  usePageList(list);

  /** Sends the decision; the card leaves the pending list. Throws for the reject sheet to show field messages. */
  async function review(m: MemberView, decision: 'verify' | 'reject', note?: string): Promise<boolean> {
    setBusy(m.userId);
    try {
      await call('member.review', { communityId, userId: m.userId, decision, note });
      list.update((x) => x.userId === m.userId, null);
      toast.success(decision === 'verify' ? `已通过${m.realName}的报到` : `已驳回${m.realName}的报到`);
      return true;
    } catch (e) {
      // Someone else reviewed it already: it no longer belongs in this list.
      const gone = e instanceof ApiError && e.code === 'MEMBER.NOT_PENDING';
      if (gone) list.update((x) => x.userId === m.userId, null);
      // The reject sheet shows field messages (驳回时请填写原因) beside the note, and its own toast.
      else if (decision === 'reject' && e instanceof ApiError && Object.keys(e.fields).length) throw e;
      toast.error(e);
      return gone;
    } finally {
      setBusy(null);
    }
  }

  async function approve(m: MemberView) {
    const { confirm } = await Taro.showModal({ title: '通过报到', content: `确认${m.realName}（${m.workUnit}）是在职党员，通过报到？`, confirmText: '通过' });
    if (confirm) await review(m, 'verify');
  }

  return (
    <PageShell>
      <QueueTabs testId="member-tabs" tabs={TABS} value={tab} onChange={setTab} />
      <View className="members__search">
        <SearchBox value={q} onChange={setQ} placeholder="搜索姓名、工作单位或支部" testId="members-search" />
      </View>
      <PagedList
        list={list}
        empty={
          query
            ? { title: `没有找到“${query}”`, hint: '换个姓名、单位或支部试试', actionText: '清除搜索', onAction: () => setQ('') }
            : { ...EMPTY[tab], actionText: '刷新', onAction: list.refresh }
        }
        render={(m) => (
          <MemberCard key={m.userId} member={m} busy={busy === m.userId} onApprove={() => void approve(m)} onReject={() => setRejecting(m)} />
        )}
      />
      <RejectSheet key={rejecting?.userId ?? 'none'} member={rejecting} onClose={() => setRejecting(null)} onSubmit={async (note) => void ((await review(rejecting!, 'reject', note)) && setRejecting(null))} />
    </PageShell>
  );
}

interface MemberCardProps {
  member: MemberView;
  busy: boolean;
  onApprove: () => void;
  onReject: () => void;
}

function MemberCard({ member: m, busy, onApprove, onReject }: MemberCardProps) {
  return (
    <View className="members__card" data-testid="member-card" data-member-id={m.userId} data-status={m.status}>
      <View className="members__head">
        <Text className="members__name">{m.realName}</Text>
        <Text className={`members__status members__status--${m.status}`}>{{ pending: '待审核', verified: '已报到', rejected: '未通过' }[m.status]}</Text>
      </View>
      <FactList>
        <Fact label="手机号" value={m.phone} testId="member-phone" onTap={() => void Taro.makePhoneCall({ phoneNumber: m.phone }).catch(() => undefined)} />
        <Fact label="工作单位" value={m.workUnit} />
        <Fact label="所在支部" value={m.branch} />
        {m.skills.length > 0 && (
          <Fact label="技能特长">
            <View className="members__tags">
              {m.skills.map((s) => (
                <Text key={s} className="members__tag">
                  {s}
                </Text>
              ))}
            </View>
          </Fact>
        )}
        {m.teamName && <Fact label="服务队" value={m.teamName} />}
        {m.gridName && <Fact label="所在网格" value={m.gridName} />}
        <Fact label="申请时间" value={formatTime(m.createdAt)} />
        {m.reviewNote && <Fact label="审核意见" value={m.reviewNote} />}
      </FactList>
      {m.status === 'pending' && (
        <View className="members__actions">
          <Button size="large" disabled={busy} data-testid="member-reject" onClick={onReject}>
            驳回
          </Button>
          <Button size="large" type="primary" loading={busy} disabled={busy} data-testid="member-approve" onClick={onApprove}>
            通过
          </Button>
        </View>
      )}
    </View>
  );
}
