// POST /units — a new unit (team or sote centre) in the admin's county. Reading is shared
// (lib/organisation) because the client pages name units too.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unitsQuery } from '../../../lib/organisation';
import type { Unit } from '../../../types/api';

export interface NewUnit {
  code: string;
  name: string;
  name_sv?: string;
  municipality?: string;
}

export function createUnit(input: NewUnit): Promise<Unit> {
  return api.post('/units', input);
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsQuery().queryKey }),
  });
}

/** PATCH /units/:id {name_sv} — the unit's Swedish name ("" for none). */
export function updateUnitSwedishName(id: string, nameSv: string): Promise<Unit> {
  return api.patch(`/units/${encodeURIComponent(id)}`, { name_sv: nameSv });
}

export function useUpdateUnitSwedishName() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, nameSv }: { id: string; nameSv: string }) => updateUnitSwedishName(id, nameSv),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsQuery().queryKey }),
  });
}
