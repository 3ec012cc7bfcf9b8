import { useId, type ReactNode } from 'react';

export interface TabsProps<T extends string> {
  tabs: Array<{ id: T; label: string; badge?: number }>;
  selected: T;
  onSelect: (id: T) => void;
  children: ReactNode;
  label: string;
}

/** Accessible tabs (arrow keys move between them). */
export function Tabs<T extends string>({ tabs, selected, onSelect, children, label }: TabsProps<T>) {
  const prefix = useId();
  const move = (offset: number) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const next = tabs[(index + offset + tabs.length) % tabs.length];
    if (next) {
      onSelect(next.id);
      document.getElementById(`${prefix}-${next.id}`)?.focus();
    }
  };
  return (
    <div className="tabs">
      <div
        role="tablist"
        aria-label={label}
        className="tab-list"
        onKeyDown={(event) => {
          if (event.key === 'ArrowRight') move(1);
          if (event.key === 'ArrowLeft') move(-1);
        }}
      >
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`${prefix}-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === selected}
            aria-controls={`${prefix}-panel`}
            tabIndex={tab.id === selected ? 0 : -1}
            className="tab"
            data-testid={`tab-${tab.id}`}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
            {tab.badge ? <span className="tab-badge">{tab.badge}</span> : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${prefix}-panel`} aria-labelledby={`${prefix}-${selected}`} className="tab-panel">
        {children}
      </div>
    </div>
  );
}
