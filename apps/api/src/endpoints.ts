/** The API's endpoints as its OpenAPI document lists them: the one list every other list is derived from. */

export interface Endpoint {
  method: 'GET';
  path: string;
  operationId: string;
  summary: string;
  /** RFC 6570 URI template naming the required query parameters too, e.g. `/v1/search{?q}`. */
  link: string;
}

interface DocumentPaths {
  paths?: Record<
    string,
    { get?: { operationId?: string; summary?: string; parameters?: readonly object[] } } | undefined
  >;
}

function requiredQuery(parameters: readonly object[] = []): string[] {
  return parameters.flatMap((p) =>
    'in' in p && p.in === 'query' && 'required' in p && p.required === true && 'name' in p
      ? [String(p.name)]
      : [],
  );
}

export function endpointsOf(document: DocumentPaths): Endpoint[] {
  const endpoints: Endpoint[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const get = item?.get;
    if (get?.operationId) {
      const query = requiredQuery(get.parameters);
      const link = query.length > 0 ? `${path}{?${query.join(',')}}` : path;
      endpoints.push({ method: 'GET', path, operationId: get.operationId, summary: get.summary ?? '', link });
    }
  }
  return endpoints;
}
