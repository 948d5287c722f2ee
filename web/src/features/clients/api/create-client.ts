// POST /clients — register a new client. 409 = the identity code is already registered.
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Client, ClientInput } from '../../../types/api';

export function createClient(input: ClientInput): Promise<Client> {
  return api.post('/clients', input);
}

export function useCreateClient() {
  return useMutation({ mutationFn: createClient });
}
