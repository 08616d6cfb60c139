import type { Key, ReactNode } from 'react';

// A region named by its own heading: the section points at its h2 (aria-labelledby), so a screen
// reader's list of regions reads each block by its title. No hooks: usable on both sides.

type HeadedSectionProps = {
  id: string;
  heading: ReactNode;
  className?: string;
  headingClassName?: string;
  children: ReactNode;
};

export function HeadedSection({ id, heading, className, headingClassName, children }: HeadedSectionProps) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** A headed section around a list: one item per entry, drawn by `children`. */
export function HeadedList<Item>({
  items,
  itemKey,
  listClassName,
  itemClassName,
  children,
  ...section
}: Omit<HeadedSectionProps, 'children'> & {
  items: Item[];
  itemKey: (item: Item) => Key;
  listClassName?: string;
  itemClassName?: string;
  children: (item: Item) => ReactNode;
}) {
  return (
    <HeadedSection {...section}>
      <ul className={listClassName}>
        {items.map((item) => (
          <li key={itemKey(item)} className={itemClassName}>
            {children(item)}
          </li>
        ))}
      </ul>
    </HeadedSection>
  );
}
