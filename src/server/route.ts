// A route is declared once, with the zod schemas of its inputs and answer; app.ts registers it with fastify and
// openapi.ts documents it from the same declaration.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';

export type Input<Q, P, B> = { query: Q; params: P; body: B; request: FastifyRequest; reply: FastifyReply };

export type Route<Q = unknown, P = unknown, B = unknown> = {
  method: 'GET' | 'POST';
  /** Fastify's form (`/v1/documents/:id`); openapi.ts rewrites it to `{id}`. */
  url: string;
  summary: string;
  tag: string;
  /** Needs the bearer token (writes). */
  write?: boolean;
  query?: z.ZodType<Q>;
  params?: z.ZodType<P>;
  body?: z.ZodType<B>;
  /** Other media types the body may come as (besides application/json), described in the document. */
  bodyTypes?: string[];
  response: z.ZodType;
  /** Status codes besides 200 that the route answers with, and why. */
  errors?: Record<number, string>;
  handler(input: Input<Q, P, B>): Promise<unknown>;
};

/** Keeps each route's input types tied to its schemas while the list holds routes of every kind. */
export function route<Q = undefined, P = undefined, B = undefined>(definition: Route<Q, P, B>): Route {
  return definition as unknown as Route;
}

/** An error a handler throws to answer with a status and a message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
