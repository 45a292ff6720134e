import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { MemberView } from '../../../../types/views';
import FactList, { Fact } from '../../../components/fact-list';
import Toggle from '../../../components/toggle';
import { call } from '../../../services/api';
import { go, ROUTES } from '../../../utils/routes';
import { formatTime } from '../../../utils/time';
import { toast } from '../../../utils/toast';
import { STANDARD_PLEDGE } from '../../../../types/points';

export const PLEDGE = STANDARD_PLEDGE;

/** Sent, waiting for the community: what was sent and how to reach them. */
export function PendingCard({ profile, dutyPhone }: { profile: MemberView; dutyPhone?: string }) {
  const rows: [string, string | null][] = [
    ['姓名', profile.realName],
    ['手机号', profile.phone],
    ['在职单位', profile.workUnit],
    ['所在党支部', profile.branch],
    ['志愿服务队', profile.teamName],
    ['居住网格', profile.gridName],
    ['技能特长', profile.skills.join('、') || null],
  ];
  return (
    <View className="register__card register__status register__status--pending" data-testid="member-status-pending">
      <Text className="register__status-title">报到审核中</Text>
      <Text className="register__hint">已于 {formatTime(profile.createdAt)} 提交，社区审核通过后，您就可以在接单大厅认领群众的需求。</Text>
      <FactList>{rows.map(([label, value]) => value && <Fact key={label} label={label} value={value} />)}</FactList>
      {dutyPhone && (
        <Button size="large" block onClick={() => Taro.makePhoneCall({ phoneNumber: dutyPhone }).catch(() => undefined)}>
          联系社区 {dutyPhone}
        </Button>
      )}
    </View>
  );
}

/** Not accepted: the reviewer's note, above the form to send again. */
export function RejectedCard({ profile }: { profile: MemberView }) {
  return (
    <View className="register__card register__status register__status--rejected" data-testid="member-status-rejected">
      <Text className="register__status-title">报到未通过审核</Text>
      <Text className="register__label">社区审核意见</Text>
      <Text className="register__note" data-testid="member-review-note">
        {profile.reviewNote || '社区未填写具体意见，可致电社区了解情况'}
      </Text>
      <Text className="register__hint">请按审核意见修改下面的信息后重新提交。</Text>
    </View>
  );
}

const NOTIFY_LABEL = '有匹配的新需求时通知我';

/** The opt-in to 接单大厅 notices: switched at once, switched back if the server refuses. */
function NotifyPoolRow({ profile }: { profile: MemberView }) {
  const [on, setOn] = useState(profile.notifyPool);
  async function change(next: boolean) {
    setOn(next);
    try {
      await call('member.setNotify', { communityId: profile.communityId, notifyPool: next });
    } catch (e) {
      setOn(!next);
      toast.error(e);
    }
  }
  return (
    <View className="register__card">
      <View className="register__switch">
        <Text>{NOTIFY_LABEL}</Text>
        <Toggle checked={on} onChange={(next) => void change(next)} label={NOTIFY_LABEL} testId="notify-pool" />
      </View>
      <Text className="register__hint">接单大厅有符合您技能、服务队或网格的新需求时提醒您，每天最多3条。</Text>
    </View>
  );
}

/** 已报到: the member's 三亮 — identity, duty, pledge — and the opt-in to 接单大厅 notices. */
export function VerifiedCard({ profile }: { profile: MemberView }) {
  return (
    <View data-testid="member-status-verified">
      <View className="register__badge">
        <Text className="register__badge-title">已报到 · 在职党员</Text>
        <Text className="register__badge-name">{profile.realName}</Text>
      </View>
      <View className="register__card">
        <Text className="register__section">亮身份</Text>
        <FactList>
          <Fact label="在职单位" value={profile.workUnit} />
          <Fact label="所在党支部" value={profile.branch} />
        </FactList>
        <Text className="register__section">亮职责</Text>
        <FactList>
          <Fact label="志愿服务队" value={profile.teamName ?? '未加入服务队'} />
          {profile.gridName && <Fact label="居住网格" value={profile.gridName} />}
          <Fact label="技能特长" value={profile.skills.join('、') || '未填写'} />
        </FactList>
        <Text className="register__section">亮承诺</Text>
        <Text className="register__promise">{profile.pledge || PLEDGE}</Text>
      </View>
      <NotifyPoolRow profile={profile} />
      <View className="register__actions">
        <Button type="primary" size="xlarge" block data-testid="go-pool" onClick={() => go(ROUTES.pool)}>
          去接单大厅
        </Button>
        <Button size="large" block onClick={() => go(ROUTES.tasks)}>
          我的任务
        </Button>
        <Button size="large" block onClick={() => go(ROUTES.points)}>
          我的积分
        </Button>
      </View>
    </View>
  );
}
