import { Table, TextInput, UnstyledButton } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';

export interface ListSort<K extends string> {
  key: K;
  descending: boolean;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * Search and sort for a list, as the roster has them: the search matches every word typed
 * (any order, any case) against the text `words` gives for an item; a column sorts by the
 * value `sortBy[key]` gives, names and numbers in the local order.
 */
export function useListView<T, K extends string>(items: readonly T[], words: (item: T) => string, sortBy: Record<K, (item: T) => string | number>, initial: ListSort<NoInfer<K>>) {
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<ListSort<K>>(initial);
  const deferred = useDeferredValue(search);
  const shown = useMemo(() => {
    const needles = deferred.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const value = sortBy[sort.key];
    const matching = needles.length ? items.filter((item) => needles.every((needle) => words(item).toLowerCase().includes(needle))) : [...items];
    const sorted = matching.sort((a, b) => {
      const x = value(a);
      const y = value(b);
      return typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    });
    return sort.descending ? sorted.reverse() : sorted;
  }, [items, deferred, sort, words, sortBy]);
  return { search, setSearch, sort, setSort, shown };
}

/** The search box over a list. */
export function ListSearch({ label, value, onChange, placeholder }: { label: string; value: string; onChange(value: string): void; placeholder?: string }) {
  return <TextInput type="search" label={label} placeholder={placeholder} value={value} onChange={(e) => onChange(e.currentTarget.value)} w={260} />;
}

/** A column header that sorts its table: press once for ascending, again for descending. */
export function SortHeader<K extends string>({ label, sortKey, sort, onSort }: { label: string; sortKey: NoInfer<K>; sort: ListSort<K>; onSort(next: ListSort<K>): void }) {
  const active = sort.key === sortKey;
  return (
    <Table.Th aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
      <UnstyledButton fw={700} fz="sm" onClick={() => onSort({ key: sortKey, descending: active ? !sort.descending : false })}>
        {label}
        {active ? (sort.descending ? ' ▼' : ' ▲') : ''}
      </UnstyledButton>
    </Table.Th>
  );
}
