import type { ReactNode } from 'react';

/** A table that scrolls sideways on a phone instead of breaking the layout. */
export function Table({ caption, head, children }: { caption: ReactNode; head: ReactNode[]; children: ReactNode }) {
  return (
    <div className="scroll-x-hint overflow-x-auto rounded-lg border border-stone-200" tabIndex={0} role="region" aria-label={typeof caption === 'string' ? caption : undefined}>
      <table className="min-w-full divide-y divide-stone-200 text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-100">
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className="px-3 py-2 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">{children}</tbody>
      </table>
    </div>
  );
}

export function Td({ children, className }: { children: ReactNode; className?: string }) {
  return <td className={`px-3 py-2 align-top ${className ?? ''}`}>{children}</td>;
}
