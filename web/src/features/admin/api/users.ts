// /users — the admin's user list, creating users with their roles, (de)activating them.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ListResponse, NewUser, User, UserPatch } from '../../../types/api';

export function getUsers(): Promise<ListResponse<User>> {
  return api.get('/users');
}

export const usersQuery = () => queryOptions({ queryKey: ['users'], queryFn: getUsers });

export function useUsers() {
  return useQuery(usersQuery());
}

export function createUser(input: NewUser): Promise<User> {
  return api.post('/users', input);
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQuery().queryKey }),
  });
}

export function updateUser(id: string, patch: UserPatch): Promise<User> {
  return api.patch(`/users/${encodeURIComponent(id)}`, patch);
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UserPatch }) => updateUser(id, patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQuery().queryKey }),
  });
}
