// A panel that opens on a click is drawn in two steps: what fits the first screen, then, in the
// frame after it was painted, the long lists below it. The click's answer does not wait for
// hundreds of rows nobody can see yet.
import { startTransition, useEffect, useState } from 'react';

/** False on a component's first render; true once the frame that showed it has been painted. */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
