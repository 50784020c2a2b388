/**
 * The `kg` command line: `kg serve`, `kg decompose`, `kg ingest`. Each verb lives in its
 * own *-command.ts file; this file only wires them to commander and to the process.
 */
import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { createStore } from '../store/create-store.ts';
import { exitWithError } from './fail.ts';
import { processIo } from './process-io.ts';
import { runServe } from './serve-command.ts';

const program = new Command('kg').description('Report knowledge graph: decompose reports, store them, serve GraphQL and the viewer.');

program
  .command('serve')
  .description('Serve GraphQL at /graphql and the viewer at / (embedded store unless NEO4J_URI is set)')
  .action(() => runServe().catch(exitWithError));

program
  .command('decompose')
  .description('Print one DecomposedReport JSON per line for each file (- for stdin); no store involved')
  .argument('<files...>', 'report files (.txt, .md, .json) or - for stdin')
  .option('--pretty', 'indented JSON for people', false)
  .action(async (files: string[], opts: { pretty: boolean }) => {
    try {
      const { runDecompose } = await import('./decompose-command.ts');
      process.exitCode = await runDecompose(files, { pretty: opts.pretty }, processIo);
    } catch (e) {
      exitWithError(e);
    }
  });

program
  .command('ingest')
  .description('Decompose reports and write them to the configured store, in batches')
  .argument('<inputs...>', 'files, folders or - for stdin')
  .addHelpText('after', `
Folders are walked for .txt, .md and .json files, following symlinks. Every entry not
read is listed: "skipped" for entries that are not report files (other extensions,
FIFOs, sockets, dangling links, a folder link back into a folder already read), which
leave the exit code alone; "failed" for a path named here that cannot be read (missing,
a dangling link), a .txt/.md/.json entry that is a dangling link, link loop, FIFO or
socket, a subfolder that cannot be listed, and a report that fails to decompose or write.
The exit code is 1 when anything failed. Files that are not UTF-8 are read as
Windows-1252 with a warning.

With the embedded store (no NEO4J_URI), stop \`npm start\` first or use another
KG_DATA_DIR: one process at a time owns a data folder.`)
  .option('--dry-run', 'decompose only; write nothing', false)
  .option('--batch-size <n>', 'reports per write (one transaction; Neo4j splits a batch too large for its transaction memory)', (v) => Number.parseInt(v, 10), 50)
  .action(async (inputs: string[], opts: { dryRun: boolean; batchSize: number }) => {
    try {
      const config = loadConfig();
      const { runIngest } = await import('./ingest-command.ts');
      const { decompose } = await import('../ingest/decompose.ts');
      const store = opts.dryRun ? null : await createStore(config, createLogger('warn'));
      try {
        process.exitCode = await runIngest(inputs, { dryRun: opts.dryRun, batchSize: opts.batchSize }, {
          store,
          decompose: (text, o) => decompose(text, { ...o, maxBytes: config.KG_MAX_REPORT_BYTES }),
          ...processIo,
        });
      } finally {
        await store?.close();
      }
    } catch (e) {
      exitWithError(e);
    }
  });

await program.parseAsync(process.argv);
