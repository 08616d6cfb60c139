// Grey bars in place of rows that are still loading. The region is marked busy and says so in
// words for screen readers; the bars themselves are decoration. Heights match a table row, so the
// rows that replace them do not push the page around.

export function ListSkeleton({ label, rows = 6 }: { label: string; rows?: number }) {
  return (
    <div role="status" aria-busy="true" className="flex flex-col gap-2">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="h-9 rounded bg-line motion-safe:animate-pulse" />
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} aria-hidden="true" className="flex h-10 items-center gap-4 border-b border-line px-2">
          <span className="h-3 basis-1/2 rounded bg-line motion-safe:animate-pulse" />
          <span className="h-3 basis-1/4 rounded bg-line motion-safe:animate-pulse" />
          <span className="h-3 basis-1/6 rounded bg-line motion-safe:animate-pulse max-md:hidden" />
        </div>
      ))}
    </div>
  );
}
