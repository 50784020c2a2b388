/**
 * The example reports (test/corpus/reports), bundled into the build as lazy chunks so a
 * newcomer on an empty store can load them with one click and nothing from outside.
 */
const modules = import.meta.glob<string>('../../../test/corpus/reports/*.txt', { query: '?raw', import: 'default' });

export interface ExampleReport {
  name: string;
  text: string;
}

export const EXAMPLE_COUNT = Object.keys(modules).length;

export async function loadExampleReports(): Promise<ExampleReport[]> {
  const entries = Object.entries(modules).sort(([a], [b]) => a.localeCompare(b));
  return Promise.all(entries.map(async ([path, load]) => ({ name: path.split('/').pop() ?? path, text: await load() })));
}
