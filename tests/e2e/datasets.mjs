// Generated test datasets for `src`, built from the bundled one. Every generated career is
// clearly fake ("(test data)" in its title, made-up figures) and none is ever shipped: they are
// written to a temporary folder by the tests that use them.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const BUNDLED = fileURLToPath(new URL('../../assets/careers.json', import.meta.url));

export async function bundledDataset() {
  return JSON.parse(await readFile(BUNDLED, 'utf8'));
}

/** A made-up career derived from the bundled one: its own id, title, figures and fewer skills. */
export function fakeCareer(base, { id, title, currency = 'USD', region = 'Testland', low, skillsPerGroup }) {
  const career = structuredClone(base);
  Object.assign(career, { id, title: `${title} (test data)`, summary: `A made-up career for tests: ${title}.` });
  const step = low / 10;
  career.salary = {
    ...career.salary,
    currency,
    region,
    low,
    entry: low + step,
    mid: low + 2 * step,
    median: low + 2 * step,
    senior: low + 3 * step,
    top_10_percent_from: low + 4 * step,
    high: low + 4 * step,
  };
  career.sources = career.sources.map((s) => ({ id: s.id, title: `Made-up test source (${s.id})` }));
  if (skillsPerGroup !== undefined) {
    for (const group of career.skill_groups) group.skills = group.skills.slice(0, skillsPerGroup);
  }
  return career;
}

/** `{ file name: dataset }` for the tests' `src` attributes. */
export async function testDatasets() {
  const bundled = await bundledDataset();
  const real = bundled.careers[0];
  const dataset = (...careers) => ({ schema_version: 1, careers });
  return {
    // Two careers; the second's groups have one skill each, so a skill selected in the first
    // career does not exist in the second.
    'two-careers.json': dataset(
      fakeCareer(real, { id: 'fake-alpha', title: 'Fake Alpha', low: 50000 }),
      fakeCareer(real, { id: 'fake-beta', title: 'Fake Beta', low: 30000, skillsPerGroup: 1 }),
    ),
    // One career paid in euros.
    'euro.json': dataset(fakeCareer(real, { id: 'fake-euro', title: 'Fake Euro', currency: 'EUR', low: 40000 })),
  };
}
