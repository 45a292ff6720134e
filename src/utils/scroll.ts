/**
 * Bringing the first field with an error into view, in both builds.
 */
import Taro from '@tarojs/taro';

/** The class a field carries while it shows an error (see components/field). */
export const INVALID = 'field--invalid';

/**
 * Scrolls to the first invalid field. In the browser the field is found in the page on top (the router keeps
 * earlier pages in the document) and scrolled with scrollIntoView, which also scrolls a sheet that holds it; Taro's
 * H5 pageScrollTo measures offsetTop from the nearest positioned parent and lands in the wrong place. In WeChat,
 * pageScrollTo with a selector, once the view has the new errors.
 */
export function scrollToFirstError(): void {
  if (process.env.TARO_ENV === 'h5') {
    const pages = document.querySelectorAll('.taro_page');
    const root = pages[pages.length - 1]?.querySelector(`.${INVALID}`) ? pages[pages.length - 1] : document;
    root.querySelector(`.${INVALID}`)?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    return;
  }
  Taro.nextTick(() => {
    void Taro.pageScrollTo({ selector: `.${INVALID}`, offsetTop: -80, duration: 200 }).catch(() => undefined);
  });
}
