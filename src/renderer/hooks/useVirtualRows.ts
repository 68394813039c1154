import { useLayoutEffect, useRef, useState, type UIEvent } from 'react';

/**
 * Windowing for long tables with a fixed row height: only the rows in view, plus a margin,
 * are rendered; spacer rows stand in for the rest. With hundreds of members this keeps a
 * keystroke or a screen change well under the time a person notices.
 */
export function useVirtualRows(count: number, rowHeight: number, overscan = 25) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(640);

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  /** Scrolls just enough to show row `index` below a header one row high. */
  function scrollToRow(index: number) {
    const element = viewport.current;
    if (!element) return;
    const top = index * rowHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + 2 * rowHeight > element.scrollTop + element.clientHeight) element.scrollTop = top + 2 * rowHeight - element.clientHeight;
  }

  return {
    viewport,
    height,
    scrollToRow,
    onScroll: (event: UIEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop),
    first: Math.max(0, Math.floor(scrollTop / rowHeight) - overscan),
    last: Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan),
  };
}
