// POST /feedback — accessibility feedback; works without login.
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface Feedback {
  message: string;
  contact?: string;
}

export function sendFeedback(input: Feedback): Promise<unknown> {
  return api.post('/feedback', input);
}

export function useSendFeedback() {
  return useMutation({ mutationFn: sendFeedback });
}
