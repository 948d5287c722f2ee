// POST /units — a new unit (team or sote centre) in the admin's county. Reading is shared
// (lib/organisation) because the client pages name units too.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unitsQuery } from '../../../lib/organisation';
import type { Unit } from '../../../types/api';

export interface NewUnit {
  code: string;
  name: string;
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
