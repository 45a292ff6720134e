import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { NoticePage, NoticeView } from '../../../../types/notices';
import NoticeCard from '../../../components/notice-card';
import PagedList from '../../../components/paged-list';
import PageShell from '../../../components/page-shell';
import { usePageList } from '../../../hooks/usePageList';
import { usePaged } from '../../../hooks/usePaged';
import { call } from '../../../services/api';
import { go, openOrder, ROUTES } from '../../../utils/routes';
import { toast } from '../../../utils/toast';
import './index.scss';

/** 消息中心: every notice for this person, newest first; unread ones marked; a tap reads it and opens its order. */
export default function NoticeListPage() {
  const [unread, setUnread] = useState(0);
  const [busy, setBusy] = useState(false);
  const list = usePaged<NoticeView, NoticePage>((cursor) => call('notice.list', { cursor }), [], (page) => setUnread(page.unread));
  usePageList(list);

  function open(notice: NoticeView) {
    if (!notice.read) {
      list.update((n) => n.id === notice.id, { ...notice, read: true });
      setUnread((n) => Math.max(0, n - 1));
      // Reading is a side matter: opening the order does not wait for it, and a failure leaves it unread on the server.
      call('notice.read', { ids: [notice.id] }).then(({ unread: left }) => setUnread(left), () => undefined);
    }
    // Notices of 微心愿 carry the wish's id where order notices carry the order's.
    void (notice.kind.startsWith('wish_') ? go(ROUTES.wish, { id: notice.orderId }) : openOrder(notice.orderId));
  }

  async function readAll() {
    setBusy(true);
    try {
      setUnread((await call('notice.read', { all: true })).unread);
      for (const n of list.items) if (!n.read) list.update((m) => m.id === n.id, { ...n, read: true });
    } catch (e) {
      toast.error(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <PageShell>
      <View className="notices__bar">
        <Text className="notices__count" data-testid="notices-unread">
          {unread > 0 ? `${unread} 条未读` : '没有未读消息'}
        </Text>
        <Button size="large" disabled={unread === 0 || busy} loading={busy} onClick={readAll}>
          全部已读
        </Button>
      </View>
      <PagedList
        list={list}
        empty={{ title: '暂无消息', hint: '需求有新进展时，会在这里告诉您' }}
        render={(notice) => <NoticeCard key={notice.id} notice={notice} onOpen={open} />}
      />
    </PageShell>
  );
}
