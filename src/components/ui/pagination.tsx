import Link from 'next/link';

/** Previous/next links; `hrefFor(page)` builds each page's URL (state lives in the URL). */
export function Pagination({ page, total, pageSize, hrefFor, labels }: { page: number; total: number; pageSize: number; hrefFor: (page: number) => string; labels: { previous: string; next: string; status: string } }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const cls = 'inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-3 hover:bg-stone-100';
  return (
    <nav aria-label={labels.status} className="flex items-center justify-between gap-2 pt-4">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={cls} rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-700">{labels.status}</span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} className={cls} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
