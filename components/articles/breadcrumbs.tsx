import { SiteLink } from '@/components/ui/site-link';

export type Crumb = { name: string; href?: string };

/** The last crumb is the current page and is not a link. Drawn by globals.css (.crumbs). */
export function Breadcrumbs({ label, items }: { label: string; items: Crumb[] }) {
  return (
    <nav aria-label={label} className="crumbs">
      <ol>
        {items.map((item, index) => (
          <li key={index}>
            {index > 0 ? <span aria-hidden="true">/</span> : null}
            {item.href ? (
              <SiteLink href={item.href}>
                {item.name}
              </SiteLink>
            ) : (
              <span aria-current="page">
                {item.name}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
