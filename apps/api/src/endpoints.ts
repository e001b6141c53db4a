/** The API's endpoints as its OpenAPI document lists them: the one list every other list is derived from. */

export interface Endpoint {
  method: 'GET';
  path: string;
  operationId: string;
  summary: string;
}

interface DocumentPaths {
  paths?: Record<string, { get?: { operationId?: string; summary?: string } } | undefined>;
}

export function endpointsOf(document: DocumentPaths): Endpoint[] {
  const endpoints: Endpoint[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const get = item?.get;
    if (get?.operationId) {
      endpoints.push({ method: 'GET', path, operationId: get.operationId, summary: get.summary ?? '' });
    }
  }
  return endpoints;
}
