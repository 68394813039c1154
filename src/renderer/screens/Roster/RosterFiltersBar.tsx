import { Checkbox, Group, MultiSelect, Select } from '@mantine/core';
import { memo } from 'react';
import { decidedStatuses, effectiveStatusLabels, type EffectiveStatus } from '../../../shared/members';
import type { RosterFilters } from './filter-members';

type BarFilters = Omit<RosterFilters, 'search'>;

interface Props {
  filters: BarFilters;
  onChange(filters: BarFilters): void;
  staffGroups: string[];
  languages: string[];
  specialties: string[];
}

const statusOptions = (['active', 'training-pending', 'inactive-training', ...decidedStatuses.filter((s) => s !== 'active')] as EffectiveStatus[]).map((value) => ({
  value,
  label: effectiveStatusLabels[value],
}));

/** The filters beside the search box; memoised, so typing a search does not re-render them. */
export const RosterFiltersBar = memo(function RosterFiltersBar({ filters, onChange, staffGroups, languages, specialties }: Props) {
  const set = (patch: Partial<BarFilters>) => onChange({ ...filters, ...patch });
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
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
      <Checkbox
        label="Current team only"
        description="Hides those who resigned, ended their term or were removed"
        checked={filters.currentTeamOnly}
        onChange={(e) => set({ currentTeamOnly: e.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
});
