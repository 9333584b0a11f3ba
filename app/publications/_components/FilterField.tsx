import type { ReactNode } from "react";

interface FilterFieldProps {
  /** The id of the control inside, which the visible label names. */
  htmlFor: string;
  label: string;
  className?: string;
  children: ReactNode;
}

export function FilterField({ htmlFor, label, className, children }: FilterFieldProps) {
  return (
    <div className={className}>
      <label htmlFor={htmlFor} className="mb-1.5 block text-sm font-medium text-ink">
        {label}
      </label>
      {children}
    </div>
  );
}
