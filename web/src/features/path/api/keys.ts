// Query keys of the client's path. Everything about one client sits under ['path', clientId] so
// that a write can refresh the client's whole path (header, tabs, timeline) at once.
export const pathKey = (clientId: string) => ['path', clientId] as const;
export const enc = encodeURIComponent;
export const networkQueryKey = (clientId: string) => [...pathKey(clientId), 'network'] as const;
