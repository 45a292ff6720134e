import { Button } from '@nutui/nutui-react-taro';
import { Input, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { MemberListItem, MemberView } from '../../../types/views';
import { usePaged } from '../../hooks/usePaged';
import { call } from '../../services/api';
import PagedList from '../paged-list';
import { role } from '../../utils/a11y';
import { ago } from '../../utils/time';
import './index.scss';

/** The value after it stopped changing for `ms` (search as you type without a request per key). */
export function useDebounced<T>(value: T, ms = 350): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

export interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  testId?: string;
}

/** A search field with a clear button. */
export function SearchBox({ value, onChange, placeholder, testId = 'search' }: SearchBoxProps) {
  return (
    <View className="search-box">
      <Input
        className="search-box__input"
        data-testid={testId}
        value={value}
        placeholder={placeholder}
        confirmType="search"
        maxlength={30}
        onInput={(e) => onChange(e.detail.value)}
      />
      {value !== '' && (
        <View className="search-box__clear" {...role('button', true)} aria-label="清除搜索" onClick={() => onChange('')}>
          <Text>清除</Text>
        </View>
      )}
    </View>
  );
}

export interface MemberPickerProps {
  communityId: string;
  value: MemberView | null;
  onChange: (member: MemberView | null) => void;
  /** Skills to offer as filters before any are seen in the list (e.g. the pool limit's). */
  suggestedSkills?: string[];
}

/** Choose one verified member: search by name, work unit or branch, filter by skill, page through the rest. */
export default function MemberPicker({ communityId, value, onChange, suggestedSkills = [] }: MemberPickerProps) {
  const [q, setQ] = useState('');
  const [skill, setSkill] = useState<string | null>(null);
  const [skills, setSkills] = useState<string[]>(suggestedSkills);
  const query = useDebounced(q.trim());
  const list = usePaged<MemberListItem>(
    (cursor) => call('member.list', { communityId, status: 'verified', q: query || undefined, skill: skill ?? undefined, cursor, limit: 20 }),
    [communityId, query, skill],
    (page) => setSkills((known) => [...new Set([...known, ...page.items.flatMap((m) => m.skills)])].slice(0, 24)),
  );

  if (value) {
    return (
      <View className="member-picker__chosen" data-testid="member-chosen" data-member-id={value.userId}>
        <MemberLine member={value} />
        <Button size="large" data-testid="member-change" onClick={() => onChange(null)}>
          更换
        </Button>
      </View>
    );
  }
  return (
    <View className="member-picker" data-testid="member-picker">
      <SearchBox value={q} onChange={setQ} placeholder="搜索姓名、工作单位或支部" testId="member-search" />
      {skills.length > 0 && (
        <View className="member-picker__skills" {...role('radiogroup')} aria-label="按技能筛选">
          {[null, ...skills].map((s) => (
            <View
              key={s ?? '*'}
              {...role('radio', true)}
              aria-checked={skill === s}
              data-testid="member-skill"
              className={`member-picker__skill ${skill === s ? 'member-picker__skill--on' : ''}`}
              onClick={() => setSkill(s)}
            >
              <Text>{s ?? '全部技能'}</Text>
            </View>
          ))}
        </View>
      )}
      <PagedList
        list={list}
        empty={
          query || skill
            ? { title: '没有找到符合条件的党员', hint: '换个关键词或技能试试，也可以改为派单到接单大厅', actionText: '清除条件', onAction: () => (setQ(''), setSkill(null)) }
            : { title: '本社区还没有通过审核的党员', hint: '可以先派单到接单大厅，或到“党员审核”处理报到申请' }
        }
        render={(m) => (
          <View
            key={m.userId}
            className="member-picker__option"
            {...role('button', true)}
            data-testid="member-option"
            data-member-id={m.userId}
            onClick={() => onChange(m)}
          >
            <MemberLine member={m} />
            <Text className="member-picker__pick">选择</Text>
          </View>
        )}
      />
    </View>
  );
}

/** How busy a member is, for choosing whom to assign: what they hold now and when they last did something. */
function workload(m: MemberListItem): string {
  const load = m.activeOrders > 0 ? `在办${m.activeOrders}件` : '暂无在办';
  return `${load} · ${m.lastActiveAt ? `最近活动${ago(m.lastActiveAt)}` : '还没有接过单'}`;
}

function MemberLine({ member: m }: { member: MemberView | MemberListItem }) {
  return (
    <View className="member-line">
      <Text className="member-line__name">{m.realName}</Text>
      <Text className="member-line__meta">
        {m.workUnit} · {m.branch}
      </Text>
      {'activeOrders' in m && (
        <Text className="member-line__load" data-testid="member-load">
          {workload(m)}
        </Text>
      )}
      {(m.skills.length > 0 || m.teamName || m.gridName) && (
        <View className="member-line__tags">
          {m.skills.map((s) => (
            <Text key={s} className="member-line__tag">
              {s}
            </Text>
          ))}
          {m.teamName && <Text className="member-line__tag member-line__tag--team">{m.teamName}</Text>}
          {m.gridName && <Text className="member-line__tag">{m.gridName}</Text>}
        </View>
      )}
    </View>
  );
}
