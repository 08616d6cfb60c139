import type { ReactNode } from 'react';

// The admin's tables. Below 768 px each row stacks into a card whose cells carry their column's
// name; secondary columns are left out below 1024 px, where the navigation also collapses.

export type Column<Row> = {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Hidden on tablets and phones: worth having, not worth a cramped row. */
  secondary?: boolean;
};

export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  rowData,
  caption,
}: {
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  /** `data-*` attributes of a row, for code that finds it by what it holds. */
  rowData?: (row: Row) => Record<`data-${string}`, string>;
  caption?: string;
}) {
  const hideBelowLarge = (column: Column<Row>) => (column.secondary ? 'max-lg:hidden' : '');
  return (
    <table className="w-full border-collapse text-sm">
      {caption ? <caption className="sr-only">{caption}</caption> : null}
      <thead className="max-md:sr-only">
        <tr className="border-b-2 border-ink">
          {columns.map((column) => (
            <th key={column.key} scope="col" className={`p-2 text-start ${hideBelowLarge(column)}`}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowData?.(row)} className="border-b border-line max-md:flex max-md:flex-col max-md:py-2">
            {columns.map((column) => (
              <td key={column.key} data-label={typeof column.header === 'string' ? column.header : undefined} className={`p-2 max-md:py-1 max-md:before:font-bold max-md:before:content-[attr(data-label)_':_'] ${hideBelowLarge(column)}`}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
