import type { ReactNode } from 'react';

/**
 * A wide table on a narrow screen (390 px) scrolls inside its own region, never the whole page. The region is
 * labelled and focusable so a keyboard user can scroll it and a screen reader announces what it holds.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="app-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
