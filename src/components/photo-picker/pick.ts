/**
 * Choosing photos to upload: WeChat's chooseMedia (album or camera), each photo compressed on the phone before it
 * goes over a weak network, and a way to 设置 when the person once refused the album or camera.
 */
import Taro from '@tarojs/taro';

/** How WeChat words a refused permission (scope.camera / scope.writePhotosAlbum, or the phone's own setting). */
const DENIED = /auth|authori[sz]e|permission/i;
/** JPEG quality compressImage keeps; a phone photo of several MB comes out at a few hundred KB. */
const QUALITY = 70;

const isWeapp = () => process.env.TARO_ENV === 'weapp';

/** The photo as compressImage leaves it, or as it was when compression is not possible. */
async function compressed(path: string): Promise<string> {
  try {
    return (await Taro.compressImage({ src: path, quality: QUALITY })).tempFilePath || path;
  } catch {
    return path;
  }
}

/** Asks to open the settings page after a refusal; WeChat asks no second time on its own. */
async function offerSettings(): Promise<void> {
  const { confirm } = await Taro.showModal({
    title: '需要相册和相机权限',
    content: '添加照片需要使用相册或相机。请在设置中允许后再试。',
    confirmText: '去设置',
    cancelText: '暂不',
  });
  if (confirm) await Taro.openSetting();
}

/** Up to `count` photos ready to upload, or none when the person closed the picker (or refused access). */
export async function pickPhotos(count: number): Promise<string[]> {
  let paths: string[];
  try {
    const res = await Taro.chooseMedia({ count, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['compressed'] });
    paths = res.tempFiles.map((f) => f.tempFilePath);
  } catch (e) {
    if (isWeapp() && DENIED.test((e as { errMsg?: string })?.errMsg ?? '')) await offerSettings().catch(() => undefined);
    return [];
  }
  // compressImage exists only in WeChat; a browser uploads the file as chosen.
  return isWeapp() ? Promise.all(paths.map(compressed)) : paths;
}
