/**
 * The checks of `settings.update`'s patch, built from the one table of settings (types/settings.ts): every key
 * optional, every number whole and in its range, each message naming the setting in Chinese.
 */
import { z } from 'zod';
import { LIMITS } from '../../../types/limits';
import { rangeMessage, SETTINGS, type SettingKey } from '../../../types/settings';
import type { CommunitySettings } from '../../domain/policies';

const count = (key: SettingKey) => {
  const d = SETTINGS[key];
  const message = rangeMessage(key);
  return z.number({ error: `请填写${d.label}` }).int(`${d.label}须为整数`).min(d.min, message).max(d.max, message);
};

const tag = z.string().trim().min(1, '标签不能为空').max(LIMITS.residentTag.max, `每个标签最多${LIMITS.residentTag.max}个字`);

const FIELDS = {
  maxActiveClaims: count('maxActiveClaims'),
  manualPointsCap: count('manualPointsCap'),
  manualHoursCap: count('manualHoursCap'),
  autoCloseDays: count('autoCloseDays'),
  assignTimeoutHours: count('assignTimeoutHours'),
  claimRemindHours: count('claimRemindHours'),
  claimTimeoutHours: count('claimTimeoutHours'),
  acceptMinutes: z.object({ life_threatening: count('acceptMinutes'), urgent: count('acceptMinutes'), normal: count('acceptMinutes') }),
  residentTags: z
    .array(tag)
    .min(SETTINGS.residentTags.min, rangeMessage('residentTags'))
    .max(SETTINGS.residentTags.max, rangeMessage('residentTags'))
    .refine((tags) => new Set(tags).size === tags.length, '标签不能重复'),
  visitDays: z.record(tag, count('visitDays')),
  wishValueCap: count('wishValueCap'),
  wishHoldLimit: count('wishHoldLimit'),
  wishPoints: count('wishPoints'),
  cosignThreshold: count('cosignThreshold'),
} satisfies { [K in keyof CommunitySettings]: z.ZodType<CommunitySettings[K]> };

/** A patch of some settings; at least one (other keys are stripped). */
export const settingsPatch = z
  .object(FIELDS)
  .partial()
  .refine((p) => Object.values(p).some((v) => v !== undefined), '请至少修改一项设置');
