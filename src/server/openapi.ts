// The OpenAPI 3.1 document, generated from the routes' own zod schemas (OpenAPI 3.1 speaks JSON Schema
// 2020-12, which is what z.toJSONSchema writes).
import { z } from 'zod';
import type { Route } from './route.ts';
import { DocRecord, ErrorBody, EventRowSchema, QuoteRowSchema } from './schemas.ts';

type JsonSchema = Record<string, unknown>;

/** Schemas shared by several answers, written once under components and referred to by name. */
const COMPONENTS: Array<[string, z.ZodType]> = [
  ['DocRecord', DocRecord],
  ['EventRow', EventRowSchema],
  ['QuoteRow', QuoteRowSchema],
  ['Error', ErrorBody],
];

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const named = COMPONENTS.find(([, component]) => component === schema);
  if (named) return { $ref: `#/components/schemas/${named[0]}` };
  const registry = z.registry<{ id: string }>();
  for (const [id, component] of COMPONENTS) registry.add(component, { id });
  const generated = z.toJSONSchema(schema, { io, unrepresentable: 'any', metadata: registry });
  // Components met inside this schema come out under $defs; point at the document's components instead.
  const { $schema: _, $defs: __, ...json } = JSON.parse(JSON.stringify(generated).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
  return json;
}

function parametersOf(schema: z.ZodType | undefined, where: 'query' | 'path'): JsonSchema[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input' }) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: where, required: where === 'path' || (json.required ?? []).includes(name), description, schema: rest };
  });
}

export function openApiDocument(routes: Route[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const error = (description: string): JsonSchema => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const responses: Record<string, JsonSchema> = {
      200: { description: 'OK', content: { 'application/json': { schema: schemaOf(route.response, 'output') } } },
    };
    const errors: Record<number, string> = { ...route.errors };
    if (route.query || route.params || route.body) errors[400] ??= 'A parameter or the body is not valid';
    for (const [status, description] of Object.entries(errors)) responses[status] = error(description);
    const operation: JsonSchema = {
      summary: route.summary,
      tags: [route.tag],
      parameters: [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')],
      responses,
    };
    if (route.body) {
      const content: Record<string, JsonSchema> = { 'application/json': { schema: schemaOf(route.body, 'input') } };
      for (const type of route.bodyTypes ?? []) content[type] = { schema: { type: 'string' } };
      operation.requestBody = { required: true, content };
    }
    if (route.write) operation.security = [{ bearer: [] }];
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation };
  }
  const schemas = Object.fromEntries(COMPONENTS.map(([name, schema]) => {
    const { $schema: _, ...json } = z.toJSONSchema(schema, { io: 'output' }) as JsonSchema;
    return [name, json];
  }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'dyad',
      version,
      description: 'Who did what to whom, when and where: CAMEO-coded events from news text, with the evidence for each.',
    },
    paths,
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The token the server was started with (DYAD_TOKEN or --token); needed for writes' } },
    },
  };
}
