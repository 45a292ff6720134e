/**
 * A toast tells and never blocks: while it shows, taps go through its overlay to the page, and once it is gone
 * nothing of it is left over the page.
 */
import { act } from '@testing-library/react';
import PageShell from '../../../src/components/page-shell';
import { toast } from '../../../src/utils/toast';
import { screen } from '../render';
import { renderAt } from './scale';

test('an error toast lets taps through while it shows and leaves nothing behind after', async () => {
  const { container } = await renderAt(
    1,
    <PageShell>
      <button>提交</button>
    </PageShell>,
  );
  jest.useFakeTimers();
  try {
    act(() => void toast.error('请填写原因'));
    expect(screen.getByText('请填写原因')).toBeInTheDocument();
    const overlay = container.querySelector('.nut-overlay') as HTMLElement;
    expect(overlay).not.toBeNull();
    expect(overlay.style.pointerEvents).toBe('none');
    act(() => void jest.advanceTimersByTime(3100));
    expect(screen.queryByText('请填写原因')).not.toBeInTheDocument();
    expect(container.querySelector('.nut-overlay')).toBeNull();
  } finally {
    jest.useRealTimers();
  }
});
