import type { PropsWithChildren } from 'react';
import './app.scss';

/** The mini-program shell; its pages arrive with the next issue. */
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
