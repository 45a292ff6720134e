/**
 * Toasts through the NutUI Toast that PageShell puts on every page.
 */
import { Toast } from '@nutui/nutui-react-taro';
import { messageOf } from '../services/api';

export const TOAST_ID = 'page-toast';

export const toast = {
  error: (e: unknown) => Toast.show(TOAST_ID, { content: typeof e === 'string' ? e : messageOf(e), icon: 'fail', duration: 3 }),
  success: (content: string) => Toast.show(TOAST_ID, { content, icon: 'success', duration: 2 }),
  info: (content: string) => Toast.show(TOAST_ID, { content, duration: 2 }),
};
