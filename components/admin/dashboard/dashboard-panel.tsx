import type { ReactNode } from 'react';
import { HeadedSection } from '@/components/ui/headed-section';

/** One framed block of the dashboard, named by its heading. */
export function DashboardPanel({ id, heading, children }: { id: string; heading: ReactNode; children: ReactNode }) {
  return (
    <HeadedSection id={id} heading={heading} className="rounded border border-line p-4" headingClassName="mb-3 text-lg font-bold">
      {children}
    </HeadedSection>
  );
}
