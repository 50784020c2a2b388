/** `ontology`: the node and edge kinds, straight from server/ontology. */
import { EDGE_KINDS, NODE_KINDS, type PropertySpec } from '../../ontology/ontology.ts';

const properties = (props: Readonly<Record<string, PropertySpec>>) =>
  Object.entries(props).map(([name, p]) => ({ name, type: p.type, description: p.description, required: p.required ?? false }));

export const ontologyResolvers = {
  Query: {
    ontology: () => ({
      nodeKinds: Object.entries(NODE_KINDS).map(([name, k]) => ({
        name, description: k.description, entity: k.entity, color: k.color, shape: k.shape, properties: properties(k.properties),
      })),
      edgeKinds: Object.entries(EDGE_KINDS).map(([name, k]) => ({
        name, description: k.description, from: [...k.from], to: [...k.to], properties: properties(k.properties),
      })),
    }),
  },
};
