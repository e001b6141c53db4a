/**
 * The responses worth computing before they are asked for, derived from the OpenAPI document: every GET
 * without required parameters, and every `{id}` path of a small collection (ids read from its list). An
 * operation tagged `Dataset` answers the whole dataset, whose size grows with the data: it is computed on its
 * first request instead, so warm-up costs the same at any size of the data.
 */

type Fetch = (request: Request) => Response | Promise<Response>;

interface Operation {
  parameters?: readonly object[];
  tags?: readonly string[];
}

/** Tags of operations whose body grows with the data (not warmed). */
const UNBOUNDED_TAGS: ReadonlySet<string> = new Set(['Dataset']);

function isRequired(parameter: object, where?: 'path'): boolean {
  const required = 'required' in parameter && parameter.required === true;
  return where === undefined ? required : required && 'in' in parameter && parameter.in === where;
}
interface WarmDocument {
  paths?: Record<string, { get?: Operation } | undefined>;
}

/** Collections up to this size get every record warmed. */
const SMALL_COLLECTION = 50;

async function get(fetch: Fetch, url: string): Promise<Response> {
  const response = await fetch(new Request(`http://localhost${url}`));
  if (response.status !== 200) throw new Error(`Warm-up of ${url} answered ${response.status}`);
  return response;
}

function idsOf(body: unknown): string[] {
  if (typeof body !== 'object' || body === null || !('data' in body) || !Array.isArray(body.data)) return [];
  return body.data.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const id = 'id' in item ? item.id : 'key' in item ? item.key : undefined;
    return typeof id === 'string' ? [id] : [];
  });
}

/** Requests each URL once so its body, headers, ETags and compressed forms are stored before real traffic. */
export async function warmUp(fetch: Fetch, document: WarmDocument, extra: string[] = []): Promise<string[]> {
  const paths = Object.entries(document.paths ?? {}).filter(
    ([, item]) => item?.get && !(item.get.tags ?? []).some((tag) => UNBOUNDED_TAGS.has(tag)),
  );
  const plain = paths
    .filter(([, item]) => !(item?.get?.parameters ?? []).some((p) => isRequired(p)))
    .map(([path]) => path);
  const urls = [...extra, ...plain];
  for (const [path, item] of paths) {
    const match = /^(.*)\/\{id\}(\/[^{}]*)?$/.exec(path);
    const parameters = item?.get?.parameters ?? [];
    const requiredQuery = parameters.filter((p) => isRequired(p) && !isRequired(p, 'path'));
    if (!match || requiredQuery.length > 0) continue;
    const list = await get(fetch, `${match[1]}?limit=${SMALL_COLLECTION + 1}`);
    const ids = idsOf(await list.json());
    if (ids.length <= SMALL_COLLECTION) urls.push(...ids.map((id) => `${match[1]}/${id}${match[2] ?? ''}`));
  }
  for (const url of urls) await (await get(fetch, url)).arrayBuffer();
  return urls;
}
