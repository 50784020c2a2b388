/// <reference types="vite/client" />

// cytoscape-fcose ships no types; it is a Cytoscape extension registered once in main.ts.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}
