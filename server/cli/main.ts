/**
 * The `kg` command line: `kg serve`, `kg decompose`, `kg ingest`. Each verb lives in its
 * own *-command.ts file; this file only wires them to commander.
 */
import { Command } from 'commander';
import { exitWithError } from './fail.ts';
import { runServe } from './serve-command.ts';

const program = new Command('kg').description('Report knowledge graph: decompose reports, store them, serve GraphQL and the viewer.');

program
  .command('serve')
  .description('Serve GraphQL at /graphql and the viewer at / (embedded store unless NEO4J_URI is set)')
  .action(() => runServe().catch(exitWithError));

await program.parseAsync(process.argv);
