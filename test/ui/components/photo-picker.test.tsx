/**
 * Photos are chosen with chooseMedia and, in WeChat, compressed on the phone before upload; a person who once
 * refused the album or camera is offered the settings page, and one who only closed the picker is left alone.
 */
import { fireEvent, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import PhotoPicker from '../../../src/components/photo-picker';
import { me } from '../builders';
import { api } from '../fake-api';
import { renderAs } from '../render';

const NAMES = ['chooseMedia', 'compressImage', 'openSetting', 'showModal'] as const;
const mocked = Taro as unknown as Record<(typeof NAMES)[number], jest.Mock>;

/** Signed in as a resident (uploads go under their community), taps 添加图片. */
async function pick(onChange = jest.fn()) {
  const view = await renderAs(me(['resident']), <PhotoPicker value={[]} onChange={onChange} />);
  fireEvent.click(within(view.container).getByLabelText('添加图片'));
  return onChange;
}

beforeEach(() => {
  for (const n of NAMES) mocked[n].mockClear();
});
afterEach(() => {
  process.env.TARO_ENV = 'h5';
});

test('in WeChat each chosen photo is compressed before it is uploaded', async () => {
  process.env.TARO_ENV = 'weapp';
  mocked.chooseMedia.mockResolvedValueOnce({ tempFiles: [{ tempFilePath: 'wxfile://a.jpg' }, { tempFilePath: 'wxfile://b.jpg' }] });
  const onChange = await pick();
  await waitFor(() => expect(onChange).toHaveBeenCalledTimes(2));
  expect(mocked.chooseMedia).toHaveBeenCalledWith(expect.objectContaining({ count: 6, mediaType: ['image'] }));
  expect(mocked.compressImage.mock.calls.map(([o]) => o.src)).toEqual(['wxfile://a.jpg', 'wxfile://b.jpg']);
  expect(api.uploads).toEqual(['wxfile://a.jpg.compressed', 'wxfile://b.jpg.compressed']);
});

test('a photo that cannot be compressed is uploaded as chosen', async () => {
  process.env.TARO_ENV = 'weapp';
  mocked.chooseMedia.mockResolvedValueOnce({ tempFiles: [{ tempFilePath: 'wxfile://a.jpg' }] });
  mocked.compressImage.mockRejectedValueOnce({ errMsg: 'compressImage:fail' });
  const onChange = await pick();
  await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
  expect(api.uploads).toEqual(['wxfile://a.jpg']);
});

test('after a refused album or camera, 去设置 opens the settings page', async () => {
  process.env.TARO_ENV = 'weapp';
  mocked.chooseMedia.mockRejectedValueOnce({ errMsg: 'chooseMedia:fail auth deny' });
  mocked.showModal.mockResolvedValueOnce({ confirm: true });
  await pick();
  await waitFor(() => expect(mocked.openSetting).toHaveBeenCalledTimes(1));
  expect(mocked.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '需要相册和相机权限', confirmText: '去设置' }));
  expect(api.uploads).toEqual([]);
});

test('declining the prompt, or simply closing the picker, opens nothing', async () => {
  process.env.TARO_ENV = 'weapp';
  mocked.chooseMedia.mockRejectedValueOnce({ errMsg: 'chooseMedia:fail auth deny' });
  mocked.showModal.mockResolvedValueOnce({ confirm: false });
  await pick();
  await waitFor(() => expect(mocked.showModal).toHaveBeenCalledTimes(1));
  mocked.chooseMedia.mockRejectedValueOnce({ errMsg: 'chooseMedia:fail cancel' });
  await pick();
  await waitFor(() => expect(mocked.chooseMedia).toHaveBeenCalledTimes(2));
  await new Promise((r) => setTimeout(r, 20));
  expect(mocked.showModal).toHaveBeenCalledTimes(1);
  expect(mocked.openSetting).not.toHaveBeenCalled();
});

test('in the browser the chosen file is uploaded as it is (there is no compressImage)', async () => {
  mocked.chooseMedia.mockResolvedValueOnce({ tempFiles: [{ tempFilePath: 'blob:http://host/1' }] });
  const onChange = await pick();
  await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
  expect(mocked.compressImage).not.toHaveBeenCalled();
  expect(api.uploads).toEqual(['blob:http://host/1']);
});
