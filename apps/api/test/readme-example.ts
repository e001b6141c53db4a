// The client example of README.md, kept here so `pnpm typecheck` proves it compiles. Not a test file.
import { createClient } from '../src/client.js';

export async function readmeExample() {
  const api = createClient('http://localhost:8787');

  const res = await api.v1.parks[':id'].$get({ param: { id: 'pingdingshan' }, query: { fields: 'id,name' } });
  if (res.status === 200) {
    const park = await res.json(); // Park, or only the fields asked for: each may be absent
    console.log(park.name?.en);
  }

  const list = await api.v1.observations.$get({
    query: { park: 'suqian', topic: 'investment', sort: '-absoluteValue' },
  });
  if (list.status === 200) {
    const body = await list.json();
    if (typeof body === 'object' && 'data' in body)
      for (const o of body.data) console.log(o.id, o.value, o.unit);
  }
}
