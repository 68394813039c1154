import { Checkbox, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { forwardRef } from 'react';
import { decidedStatuses, effectiveStatusLabels, type EffectiveStatus } from '../../../shared/members';
import type { RosterFilters } from './filter-members';

interface Props {
  filters: RosterFilters;
  onChange(filters: RosterFilters): void;
  staffGroups: string[];
  languages: string[];
  specialties: string[];
}

const statusOptions = (['active', 'training-pending', 'inactive-training', ...decidedStatuses.filter((s) => s !== 'active')] as EffectiveStatus[]).map((value) => ({
  value,
  label: effectiveStatusLabels[value],
}));

export const RosterFiltersBar = forwardRef<HTMLInputElement, Props>(function RosterFiltersBar({ filters, onChange, staffGroups, languages, specialties }, searchRef) {
  const set = (patch: Partial<RosterFilters>) => onChange({ ...filters, ...patch });
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        ref={searchRef}
        label="Search"
        placeholder="Name or phone  ( / )"
        value={filters.search}
        onChange={(e) => set({ search: e.currentTarget.value })}
        w={220}
        type="search"
      />
      <MultiSelect label="Status" data={statusOptions} value={filters.statuses} onChange={(v) => set({ statuses: v as EffectiveStatus[] })} clearable w={230} placeholder="Any" />
      <Select label="Staff group" data={staffGroups} value={filters.staffGroup} onChange={(v) => set({ staffGroup: v })} clearable w={200} placeholder="Any" />
      <Select
        label="Sworn"
        data={[
          { value: 'sworn', label: 'Sworn' },
          { value: 'non-sworn', label: 'Non-sworn' },
        ]}
        value={filters.sworn}
        onChange={(v) => set({ sworn: v as RosterFilters['sworn'] })}
        clearable
        w={130}
        placeholder="Any"
      />
      <Select label="Language" data={languages} value={filters.language} onChange={(v) => set({ language: v })} clearable searchable w={150} placeholder="Any" />
      <Select label="Specialty" data={specialties} value={filters.specialty} onChange={(v) => set({ specialty: v })} clearable searchable w={180} placeholder="Any" />
      <Checkbox label="Deployable only" checked={filters.deployableOnly} onChange={(e) => set({ deployableOnly: e.currentTarget.checked })} mb={8} />
    </Group>
  );
});
