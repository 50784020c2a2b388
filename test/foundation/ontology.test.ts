import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, ENTITY_KINDS, NODE_KINDS, NODE_KIND_NAMES, cypherLabel } from '../../server/ontology/ontology.ts';

describe('ontology', () => {
  it('every edge endpoint is a declared node kind', () => {
    for (const [edge, spec] of Object.entries(EDGE_KINDS)) {
      for (const kind of [...spec.from, ...spec.to]) {
        expect(NODE_KIND_NAMES, `${edge} references ${kind}`).toContain(kind);
      }
    }
  });

  it('every required property has a declared type and description', () => {
    const all = [...Object.values(NODE_KINDS), ...Object.values(EDGE_KINDS)];
    for (const spec of all) {
      for (const [name, prop] of Object.entries(spec.properties)) {
        expect(prop.type, `${spec.label}.${name}`).toMatch(/^(string|string\[\]|int|float|boolean|date|datetime)$/);
        expect(prop.description.length, `${spec.label}.${name} needs a description`).toBeGreaterThan(0);
      }
    }
  });

  it('labels equal their kind names, so a kind is a valid Cypher label', () => {
    for (const [name, spec] of Object.entries(NODE_KINDS)) expect(spec.label).toBe(name);
    for (const [name, spec] of Object.entries(EDGE_KINDS)) expect(spec.label).toBe(name);
    for (const name of NODE_KIND_NAMES) expect(name).toMatch(/^[A-Z][A-Za-z]+$/);
  });

  it('entity kinds are exactly the actors', () => {
    expect(ENTITY_KINDS).toEqual(['Person', 'Organization', 'Country', 'Location']);
  });

  it('cypherLabel accepts only ontology kinds, so input never becomes a label', () => {
    expect(cypherLabel('Person')).toBe('Person');
    expect(() => cypherLabel('Person) DETACH DELETE (n')).toThrow(/Unknown node kind/);
    expect(() => cypherLabel('__proto__')).toThrow(/Unknown node kind/);
  });
});
