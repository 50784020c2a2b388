/** Loads the development corpus and scores the pipeline on it (shared by run-eval and the bars test). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decompose } from '../../server/ingest/decompose.ts';
import { listedKeyIndividuals, scoreReport, type Gold, type ReportScore } from './score.ts';

const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));

export interface CorpusReport { file: string; text: string; gold: Gold }

export function loadCorpus(): CorpusReport[] {
  return readdirSync(`${CORPUS}reports`).filter((f) => f.endsWith('.txt')).sort().map((file) => ({
    file,
    text: readFileSync(`${CORPUS}reports/${file}`, 'utf8'),
    gold: JSON.parse(readFileSync(`${CORPUS}gold/${file.replace(/\.txt$/, '.json')}`, 'utf8')) as Gold,
  }));
}

export function scoreCorpus(corpus: readonly CorpusReport[] = loadCorpus()): ReportScore[] {
  const now = new Date('2030-01-01T00:00:00Z');
  return corpus.map((c) => scoreReport(c.file, decompose(c.text, { now, fileName: c.file }), c.gold, listedKeyIndividuals(c.text)));
}
