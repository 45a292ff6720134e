/**
 * Opens a file the server made for the caller (an export), the one way each build can: the browser saves it as a
 * download; WeChat downloads it and shows it in its document viewer, from where it can be sent on or saved.
 */
import Taro from '@tarojs/taro';
import { ApiError } from '../services/api';
import { apiBase } from '../services/transport';

/** `url` as export.url gave it: a host path (`/files/…`, signed) or WeChat cloud storage's temporary URL. */
export async function openFile(url: string, name: string): Promise<void> {
  const full = url.startsWith('/') ? apiBase() + url : url;
  // A literal test, so the minifier drops the branch a build does not use.
  if (process.env.TARO_ENV === 'h5') {
    const link = document.createElement('a');
    link.href = full;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    return;
  }
  const res = await Taro.downloadFile({ url: full }).catch(() => null);
  if (!res || res.statusCode !== 200) throw new ApiError('NETWORK.OFFLINE', '文件下载失败，请重试');
  await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'xlsx', showMenu: true });
}
