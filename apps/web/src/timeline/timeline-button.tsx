import type { ReactNode } from 'react';

/** What names an entity in a list (a product's name, an order's id), made to open its timeline. */
export function TimelineButton(props: { of: string; onOpen: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      className="timeline-button"
      aria-label={`Timeline of ${props.of}`}
      title="Open its timeline"
      onClick={props.onOpen}
    >
      {props.children}
    </button>
  );
}
