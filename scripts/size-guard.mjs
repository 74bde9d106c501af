// The size guard in `make test`: fails when everything one widget loads grows past the budget.
// Bytes do not jitter, so this is safe to assert.
//
// BUDGET is a ratchet at today's size, so any growth fails the tests. HARD_CAP is the product's
// cap (issue 3/4), with GOALS beyond it; docs/performance.md says where the bytes go and what
// would close the distance.
import { widgetSizes } from './sizes.mjs';

const BUDGET = 140_664;
const HARD_CAP = 140_000;
const GOALS = [120_000, 100_000];

const dist = new URL(`../${process.argv[2] ?? 'dist'}/`, import.meta.url);
const { total } = await widgetSizes(dist);
const distance = (limit) => (total.brotli <= limit ? `within ${limit}` : `${total.brotli - limit} over ${limit}`);
console.log(
  `size guard: ${total.brotli} bytes brotli for one widget (budget ${BUDGET}; hard cap: ${distance(HARD_CAP)}; ` +
    `goals: ${GOALS.map(distance).join(', ')})`,
);
if (total.brotli > BUDGET) {
  console.error(`size guard: ${total.brotli} > ${BUDGET} bytes brotli. Find what grew (twiggy, docs/performance.md) before raising it.`);
  process.exit(1);
}
