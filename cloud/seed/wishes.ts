/**
 * Demo 微心愿 and partner units: a verified unit (with its demo contact) and a pending one, and wishes in every
 * state — realised (by a member, with thanks), delivered (by the unit), claimed, on the wall, coming up in two
 * hours, and one returned to staff by the sweep. Made through the real actions, on the seed's moving clock.
 */
import type { ActionInput, ActionName, ActionOutput } from '../../types/actions';
import { decideWish } from '../domain/wish.decide';
import { wishNoticesFor } from '../domain/wish.notices';
import { returnDueWishes } from '../jobs/wishes';
import type { Store } from '../store/store.port';

export interface WishSeed {
  store: Store;
  call: <A extends ActionName>(openid: string, action: A, data: ActionInput<A>) => Promise<ActionOutput<A>>;
  /** Moves the seed's clock to this long before now, and returns it. */
  at: (ago: number) => Date;
  communityId: string;
  now: Date;
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export async function seedWishes({ store, call, at, communityId: C, now }: WishSeed): Promise<void> {
  at(12 * DAY);
  const unit = await call('demo-unit', 'unit.register', { communityId: C, name: '天宁爱心超市', kind: 'private_firm', contactName: '钱伟', phone: '13961200001' });
  await call('demo-staff', 'unit.review', { unitId: unit.id, decision: 'verify' });
  await call('demo-resident-2', 'unit.register', { communityId: C, name: '东头村物业服务中心', kind: 'resident_unit', contactName: '孙德福', phone: '13801234567' });

  const post = (title: string, tag: string, story: string, value: number, release: number, days = 7) => {
    const releaseAt = new Date(now.getTime() - release);
    return call('demo-staff', 'wish.post', {
      communityId: C, beneficiaryTag: tag, title, story, value,
      releaseAt: releaseAt.toISOString(), deadline: new Date(releaseAt.getTime() + days * DAY).toISOString(),
    });
  };
  /** The demo has no photo files: delivery goes through the domain and the store, as wish.deliver would. */
  const deliver = async (wishId: string, note: string, actorId: string) => {
    const wish = (await store.getWish(wishId))!;
    const caller = { userId: wish.claimedBy!, name: '', roles: await store.rolesOf(wish.claimedBy!), member: await store.getMember(wish.claimedBy!, C) };
    const unitOf = wish.claimer?.kind === 'unit' ? await store.getUnit(wish.claimer.id) : null;
    const clock = at(0.5 * DAY);
    const decision = decideWish(wish, { type: 'deliver', note, photos: [] }, { now: clock, caller, unit: unitOf });
    await store.transitionWish({ wishId, expectVersion: wish.version, decision, actor: { id: actorId, role: 'member' }, now: clock, notices: wishNoticesFor(wish, decision, actorId) });
  };

  // 已实现: claimed by 陈静, delivered, confirmed with the beneficiary's thanks.
  at(10 * DAY);
  const realised = await post('想要一台收音机听戏曲', '独居老人', '张奶奶独居多年，眼睛不好，最大的爱好是听锡剧', 120, 10 * DAY);
  await call('demo-member-2', 'wish.claim', { wishId: realised.id });
  at(9 * DAY);
  await deliver(realised.id, '已把收音机送到张奶奶家，教会了她调台', (await store.findUserByOpenid('demo-member-2'))!.id);
  at(8 * DAY);
  await call('demo-staff', 'wish.confirm', { wishId: realised.id, thanks: '张奶奶说：谢谢党员同志，现在天天能听戏了！' });

  // 待确认: the unit delivered a school bag.
  at(3 * DAY);
  const delivered = await post('新学期想要一个书包', '困难家庭儿童', '小明上三年级了，书包已经用了四年，拉链都坏了', 150, 3 * DAY);
  await call('demo-unit', 'wish.claim', { wishId: delivered.id, unitId: unit.id });
  await deliver(delivered.id, '书包和文具已送到小明家', (await store.findUserByOpenid('demo-unit'))!.id);

  // 已认领, 待认领 on the wall, and one released in two hours.
  at(1 * DAY);
  const claimed = await post('想要一副老花镜', '残障人士', '李伯伯腿脚不便，想看看报纸，现在的眼镜度数不够了', 80, 1 * DAY);
  await call('demo-member', 'wish.claim', { wishId: claimed.id });
  at(2 * HOUR);
  await post('冬天想要一床厚棉被', '外来务工人员', '小王在社区做保洁，出租屋里冬天很冷', 180, 2 * HOUR);
  await post('想学用智能手机视频通话', '独居老人', '陈爷爷的孙子在外地上大学，想和孙子视频', 50, 2 * HOUR);
  at(0);
  await post('想要一盏护眼台灯', '困难家庭儿童', '小红晚上写作业的灯光太暗', 60, -2 * HOUR);

  // 已退回: nobody took it before its deadline; the sweep sent it back to staff.
  at(6 * DAY);
  await post('想要一把结实的拐杖', '独居老人', '周奶奶的旧拐杖裂了', 90, 6 * DAY, 3);
  at(0);
  await returnDueWishes(store, C, now);
}
