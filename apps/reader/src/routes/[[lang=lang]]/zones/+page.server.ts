import { registry } from '@hitech/data';
import { approvalsPerYear, directoryView } from '$lib/server/views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
  provinces: directoryView(),
  approvals: approvalsPerYear(),
  officialTotal: { value: registry.officialTotal.value, asOf: registry.officialTotal.asOf },
});
