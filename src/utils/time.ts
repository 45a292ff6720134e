/**
 * Times are stored as UTC instants and shown in Asia/Shanghai, relative where that reads better (3小时前 / 剩余2天).
 */
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import relativeTime from 'dayjs/plugin/relativeTime';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(relativeTime);
dayjs.locale('zh-cn');

const TZ = 'Asia/Shanghai';

export const local = (iso: string) => dayjs(iso).tz(TZ);

/** 11月21日 14:30, or with the year when it is not this year. */
export function formatTime(iso: string, now = new Date()): string {
  const t = local(iso);
  return t.format(t.year() === local(now.toISOString()).year() ? 'M月D日 HH:mm' : 'YYYY年M月D日 HH:mm');
}

/** 3分钟前 / 3小时前, falling back to the date after a week. */
export function ago(iso: string, now = new Date()): string {
  const diff = now.getTime() - Date.parse(iso);
  if (diff < 60_000) return '刚刚';
  if (diff < 7 * 86_400_000) return dayjs(iso).from(dayjs(now));
  return formatTime(iso, now);
}

/** 剩余2天 / 剩余5小时 / 已超期3小时. */
export function remaining(deadline: string, now = new Date()): string {
  const ms = Date.parse(deadline) - now.getTime();
  const abs = Math.abs(ms);
  const span = abs >= 86_400_000 ? `${Math.floor(abs / 86_400_000)}天` : abs >= 3_600_000 ? `${Math.floor(abs / 3_600_000)}小时` : `${Math.max(1, Math.floor(abs / 60_000))}分钟`;
  return ms >= 0 ? `剩余${span}` : `已超期${span}`;
}
