/**
 * Renders a component signed in, at ×1 or in 大字模式 (×1.4), the way pages get their text scale.
 */
import Taro from '@tarojs/taro';
import type { ReactElement } from 'react';
import { me } from '../builders';
import { renderAs } from '../render';

export async function renderAt(scale: 1 | 1.4, ui: ReactElement) {
  if (scale === 1.4) Taro.setStorageSync('sandan.largeText', '1');
  return renderAs(me(['resident']), ui);
}

/** A CSS length in px as a number ('61.6px' → 61.6). */
export const px = (value: string) => parseFloat(value);
