/** Every query against the embedded store (temp dir). */
import { createHarness } from './support/graphql-harness.ts';
import { defineQuerySuite } from './support/query-suite.ts';

defineQuerySuite('embedded', () => createHarness());
