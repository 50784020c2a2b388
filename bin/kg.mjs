#!/usr/bin/env node
// The `kg` command. The code is TypeScript run through tsx's loader, so there is no
// separate compile step between `npm install` and `npx kg ...`.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/main.ts');
