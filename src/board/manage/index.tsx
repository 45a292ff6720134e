import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useState } from 'react';
import type { BoardReviewItem } from '../../../types/board';
import type { Page } from '../../../types/views';
import EmptyState from '../../components/empty-state';
import PageShell from '../../components/page-shell';
import { call } from '../../services/api';
import { useSession } from '../../services/session';
import { go, ROUTES } from '../../utils/routes';
import { toast } from '../../utils/toast';
import BoardCard from '../shared/board-card';
import BoardList from '../shared/board-list';
import { useBoardList } from '../shared/useBoardList';
import './index.scss';

/** 晒板管理 (staff): every item of the community's board, hidden ones too; hide or show one, approve a comment. */
export default function BoardManagePage() {
  const { communityId, me, loading } = useSession();
  const staff = !!me?.roles.some((r) => (r.role === 'staff' || r.role === 'admin') && r.communityId === communityId);
  if (loading) return <PageShell loading />;
  if (!communityId || !staff) {
    return (
      <PageShell>
        <EmptyState title="只有社区工作人员可以管理晒板" hint="居民和党员可以在首页查看晒晒成绩单" />
      </PageShell>
    );
  }
  return <Manage communityId={communityId} />;
}

function Manage({ communityId }: { communityId: string }) {
  const list = useBoardList<BoardReviewItem, Page<BoardReviewItem>>((cursor) => call('board.review', { communityId, cursor }), [communityId]);
  const [busy, setBusy] = useState('');
  usePullDownRefresh(() => void list.refresh().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());

  /** Runs one moderation step and shows its result on the card, or says why it failed. */
  const act = async (item: BoardReviewItem, step: () => Promise<Partial<BoardReviewItem>>, done: string) => {
    setBusy(`${item.kind}:${item.id}`);
    try {
      const change = await step();
      list.replace((i) => i.kind === item.kind && i.id === item.id, { ...item, ...change } as BoardReviewItem);
      toast.success(done);
    } catch (e) {
      toast.error(e);
    } finally {
      setBusy('');
    }
  };
  const hide = (item: BoardReviewItem) =>
    act(item, async () => ({ hidden: (await call('board.hide', { communityId, kind: item.kind, id: item.id, hidden: !item.hidden })).hidden }), item.hidden ? '已恢复显示' : '已隐藏');
  const approve = (item: BoardReviewItem) =>
    act(item, async () => ({ commentApproved: (await call('board.approveComment', { orderId: item.id, approved: !item.commentApproved })).approved }), item.commentApproved ? '已撤回公开' : '评价已公开');

  return (
    <PageShell>
      <View className="board-manage__bar">
        <Text className="board-manage__hint">隐藏的内容居民看不到；居民的评价留言经您同意才公开</Text>
        <Button size="large" onClick={() => go(ROUTES.board, { c: communityId })}>
          看居民看到的晒板
        </Button>
      </View>
      <BoardList
        list={list}
        render={(item) => {
          const key = `${item.kind}:${item.id}`;
          return (
            <BoardCard key={key} item={item} hidden={item.hidden}>
              {item.pendingComment && (
                <View className="board-manage__comment">
                  <Text className="board-manage__comment-text">{`居民留言：“${item.pendingComment}”`}</Text>
                  <Text className="board-manage__comment-state">{item.commentApproved ? '已公开' : '未公开'}</Text>
                </View>
              )}
              <View className="board-manage__actions">
                <Button size="large" data-testid="board-hide" loading={busy === key} disabled={!!busy} onClick={() => void hide(item)}>
                  {item.hidden ? '恢复显示' : '隐藏'}
                </Button>
                {item.pendingComment && (
                  <Button size="large" type={item.commentApproved ? 'default' : 'primary'} data-testid="board-approve" disabled={!!busy} onClick={() => void approve(item)}>
                    {item.commentApproved ? '撤回公开' : '公开留言'}
                  </Button>
                )}
              </View>
            </BoardCard>
          );
        }}
      />
    </PageShell>
  );
}
