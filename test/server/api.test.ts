import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../src/server/app.ts';
import { ARTICLES, HOSTILE_TEXT } from './articles.ts';
import { testServer, TOKEN, type TestServer } from './harness.ts';

const auth = { authorization: `Bearer ${TOKEN}` };

describe('API on a filled store', () => {
  let server: TestServer;
  before(async () => {
    server = await testServer({ fill: true });
  });
  after(async () => server.close());

  const get = async (url: string) => {
    const response = await server.app.inject({ method: 'GET', url });
    return { status: response.statusCode, body: response.json(), headers: response.headers };
  };

  test('healthz answers with the backend', async () => {
    const { status, body, headers } = await get('/healthz');
    assert.equal(status, 200);
    assert.deepEqual(body, { ok: true, backend: 'sqlite', version: 'test' });
    assert.equal(headers['content-security-policy'], CONTENT_SECURITY_POLICY);
  });

  test('GET /v1/events filters, counts and pages', async () => {
    const all = await get('/v1/events?limit=1000');
    assert.equal(all.status, 200);
    assert.equal(all.body.total, all.body.events.length);
    assert.ok(all.body.total >= 10, `expected the test articles to give at least 10 events, got ${all.body.total}`);

    const conflict = await get('/v1/events?quad=3,4&sort=-date');
    assert.ok(conflict.body.events.length > 0);
    for (const event of conflict.body.events) assert.ok(event.quad === 3 || event.quad === 4);
    const dates = conflict.body.events.map((event: { date: string }) => event.date);
    assert.deepEqual(dates, [...dates].sort().reverse());

    const iran = await get('/v1/events?source=IRN&target=ISR');
    assert.equal(iran.body.total, 1);
    assert.equal(iran.body.events[0].cameo, '112');
    assert.equal(iran.body.events[0].document, 'accuse-1');
    assert.match(iran.body.events[0].evidence, /Iran accused Israel/);

    const early = await get('/v1/events?from=2024-03-01&to=2024-03-02');
    for (const event of early.body.events) assert.ok(event.date >= '2024-03-01' && event.date <= '2024-03-02');

    const page1 = await get('/v1/events?limit=3&offset=0&sort=id');
    const page2 = await get('/v1/events?limit=3&offset=3&sort=id');
    assert.equal(page1.body.events.length, 3);
    assert.equal(page1.body.total, all.body.total);
    assert.ok(page2.body.events[0].id > page1.body.events[2].id);
  });

  test('bad query parameters are 400 with the parameter named', async () => {
    for (const [url, words] of [
      ['/v1/events?quad=7', /quad/],
      ['/v1/events?from=March', /from: must be YYYY-MM-DD/],
      ['/v1/events?limit=100000', /limit/],
      ['/v1/events?sort=nonsense', /sort/],
      ['/v1/events?colour=red', /colour/],
      ['/v1/events?actor=US%27%20OR%201=1', /actor/],
      ['/v1/stats?by=century', /by/],
      ['/v1/events?quad=1&quad=2', /quad/],
    ] as const) {
      const { status, body } = await get(url);
      assert.equal(status, 400, url);
      assert.equal(body.error, 'bad-request');
      assert.match(body.message, words, url);
    }
  });

  test('GET /v1/documents lists and GET /v1/documents/:id returns the record', async () => {
    const list = await get('/v1/documents?limit=100');
    assert.deepEqual(list.body.documents.map((doc: { id: string }) => doc.id), ARTICLES.map((article) => article.id));
    assert.equal(list.body.documents[1].title, 'Iran accuses Israel');
    const second = await get('/v1/documents?limit=2&offset=2');
    assert.deepEqual(second.body.documents.map((doc: { id: string }) => doc.id), ['attack-1', 'visit-1']);

    const one = await get('/v1/documents/accuse-1');
    assert.equal(one.status, 200);
    assert.equal(one.body.dyad, '1');
    assert.equal(one.body.published, '2024-03-02');
    assert.equal(one.body.text, ARTICLES[1].text);

    const missing = await get('/v1/documents/no-such-doc');
    assert.equal(missing.status, 404);
    assert.match(missing.body.message, /no-such-doc/);
  });

  test('GET /v1/actors/:code gives events, partners in both directions, and quotes', async () => {
    const { status, body } = await get('/v1/actors/IRN');
    assert.equal(status, 200);
    assert.equal(body.name, 'Iran');
    assert.equal(body.events, 2);
    assert.deepEqual(body.partners.map((p: { code: string; out: number; in: number }) => [p.code, p.out, p.in]), [['ISR', 1, 1]]);
    assert.ok(Array.isArray(body.quotes));
    const prefix = await get('/v1/actors/rus');
    assert.equal(prefix.body.code, 'RUS');
    assert.ok(prefix.body.recent.some((event: { source: string }) => event.source === 'RUSMIL'), 'the code is a prefix');
  });

  test('GET /v1/stats counts tables and groups events', async () => {
    const plain = await get('/v1/stats');
    assert.equal(plain.body.tables.documents, ARTICLES.length);
    assert.equal(plain.body.by, null);
    const byDay = await get('/v1/stats?by=day&quad=3');
    assert.equal(byDay.status, 200);
    assert.ok(byDay.body.rows.length > 0);
    const total = byDay.body.rows.reduce((sum: number, row: { count: number }) => sum + row.count, 0);
    assert.equal(total, byDay.body.events);
    for (const row of byDay.body.rows) assert.match(row.key, /^\d{4}-\d{2}-\d{2}$/);
  });

  test('GET /v1/network gives directed dyads with mean QuadClass', async () => {
    const { body } = await get('/v1/network');
    const edge = body.edges.find((e: { source: string; target: string }) => e.source === 'RUSMIL' && e.target === 'UKR');
    assert.ok(edge, 'RUSMIL → UKR is an edge');
    assert.equal(edge.quad, 4);
    assert.ok(body.nodes.some((node: { code: string; name: string }) => node.code === 'IRN' && node.name === 'Iran'));
    const narrow = await get('/v1/network?root=19');
    assert.deepEqual(narrow.body.edges.map((e: { source: string; target: string }) => `${e.source}>${e.target}`), ['RUSMIL>UKR']);
  });

  test('GET /v1/quotes pages quotations', async () => {
    const { status, body } = await get('/v1/quotes?limit=5');
    assert.equal(status, 200);
    assert.equal(body.limit, 5);
    assert.ok(Array.isArray(body.quotes));
  });

  test('GET /v1/rule finds the dictionary entry behind an event', async () => {
    const { body } = await get('/v1/events?source=IRN');
    const rule = await get(`/v1/rule?id=${encodeURIComponent(body.events[0].rule)}`);
    assert.equal(rule.status, 200);
    assert.equal(rule.body.pattern, 'accuse TARGET');
    assert.equal(rule.body.example, 'Iran accused Israel of sabotage.');
    assert.equal((await get('/v1/rule?id=verbs/nope:nothing')).status, 404);
  });

  test('the OpenAPI document lists every route with its parameters, and every $ref resolves', async () => {
    const { status, body } = await get('/openapi.json');
    assert.equal(status, 200);
    assert.equal(body.openapi, '3.1.0');
    for (const path of ['/v1/code', '/v1/documents', '/v1/documents/{id}', '/v1/events', '/v1/actors/{code}', '/v1/stats', '/v1/quotes', '/healthz']) {
      assert.ok(body.paths[path], `${path} is documented`);
    }
    const events = body.paths['/v1/events'].get;
    const names = events.parameters.map((p: { name: string }) => p.name);
    for (const name of ['actor', 'source', 'target', 'cameo', 'root', 'quad', 'from', 'to', 'limit', 'offset', 'sort']) assert.ok(names.includes(name), name);
    assert.deepEqual(body.paths['/v1/documents'].post.security, [{ bearer: [] }]);
    const refs = JSON.stringify(body).match(/"\$ref":"[^"]+"/g) ?? [];
    assert.ok(refs.length > 0);
    for (const ref of refs) {
      const name = ref.slice(ref.lastIndexOf('/') + 1, -1);
      assert.ok(body.components.schemas[name], `${ref} resolves`);
    }
  });

  test('unknown routes are 404 JSON', async () => {
    for (const url of ['/v2/events', '/v1/nothing', '/etc/passwd', '/../../package.json']) {
      const { status, body, headers } = await get(url);
      assert.equal(status, 404, url);
      assert.equal(body.error, 'not-found');
      assert.match(String(headers['content-type']), /application\/json/);
    }
  });
});

describe('POST /v1/code', () => {
  let server: TestServer;
  before(async () => {
    server = await testServer();
  });
  after(async () => server.close());

  const post = (payload: string | object, headers: Record<string, string> = {}) => server.app.inject({ method: 'POST', url: '/v1/code', payload, headers });

  test('codes JSON text and stores nothing', async () => {
    const response = await post({ text: ARTICLES[1].text, date: '2024-03-02' });
    assert.equal(response.statusCode, 200);
    const record = response.json();
    assert.equal(record.published, '2024-03-02');
    assert.deepEqual(record.events.map((e: { source: string; target: string; cameo: string }) => `${e.source}>${e.target} ${e.cameo}`), ['IRN>ISR 112', 'ISR>IRN 112']);
    assert.equal((await server.store.counts()).documents, 0);
  });

  test('codes plain text and HTML bodies', async () => {
    const plain = await post('date 2024-01-05 France met with Chile.', { 'content-type': 'text/plain' });
    assert.equal(plain.statusCode, 200);
    assert.equal(plain.json().published, '2024-01-05');
    assert.equal(plain.json().events[0].cameo, '040');
    const html = await post('<html><head><title>T</title></head><body><article><p>France met with Chile.</p></article><script>alert(1)</script></body></html>', { 'content-type': 'text/html' });
    assert.equal(html.statusCode, 200);
    assert.equal(html.json().events.length, 2);
    assert.doesNotMatch(html.json().text, /alert/);
  });

  test('hostile text comes back as text, byte for byte', async () => {
    const record = (await post({ text: HOSTILE_TEXT })).json();
    assert.match(record.text, /<img src=x onerror=alert\(1\)>/);
    assert.match(record.text, /<script>alert\(2\)<\/script>/);
  });

  test('malformed JSON is 400 with a message', async () => {
    const response = await post('{"text": "France met', { 'content-type': 'application/json' });
    assert.equal(response.statusCode, 400);
    assert.match(response.json().message, /not valid JSON/);
  });

  test('a body that is neither text nor html nor url is 400 naming the problem', async () => {
    const none = await post({ title: 'no text' });
    assert.equal(none.statusCode, 400);
    assert.match(none.json().message, /text/);
    const wrongType = await post({ text: 42 });
    assert.equal(wrongType.statusCode, 400);
    const badUrl = await post({ url: 'javascript:alert(1)' });
    assert.equal(badUrl.statusCode, 400);
    const empty = await post('', { 'content-type': 'application/json' });
    assert.equal(empty.statusCode, 400);
  });

  test('bodies past the limit are 413', async () => {
    const response = await post({ text: 'France met with Chile. '.repeat(60_000) });
    assert.equal(response.statusCode, 413);
    assert.equal(response.json().error, 'too-large');
  });

  test('an unsupported media type is 415', async () => {
    const response = await post('x', { 'content-type': 'application/octet-stream' });
    assert.equal(response.statusCode, 415);
    assert.ok(response.json().message);
  });

  test('a URL is fetched and coded; inward addresses are refused unless allowed', async () => {
    const page: Server = createServer((request, response) => {
      if (request.url === '/moved') {
        response.writeHead(302, { location: '/article' }).end();
        return;
      }
      if (request.url === '/image') {
        response.writeHead(200, { 'content-type': 'image/png' }).end('png');
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body><article><p>Iran accused Israel of sabotage.</p></article></body></html>');
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
    const open = await testServer({ fetch: { allowPrivate: true } });
    try {
      const refused = await post({ url: `${base}/article` });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.json().message, /private and loopback/);

      const fetched = await open.app.inject({ method: 'POST', url: '/v1/code', payload: { url: `${base}/moved`, date: '2024-02-02' } });
      assert.equal(fetched.statusCode, 200, fetched.body);
      assert.equal(fetched.json().url, `${base}/article`);
      assert.equal(fetched.json().events[0].cameo, '112');

      const image = await open.app.inject({ method: 'POST', url: '/v1/code', payload: { url: `${base}/image` } });
      assert.equal(image.statusCode, 415);
    } finally {
      await open.close();
      page.close();
    }
  });
});

describe('writes need the bearer token', () => {
  test('no token, a wrong token, and a server without a token are refused; the right token stores', async () => {
    const server = await testServer();
    const noToken = await testServer({ token: null });
    try {
      const payload = { id: 'w-1', text: 'date 2024-04-01 France met with Chile.' };
      const none = await server.app.inject({ method: 'POST', url: '/v1/documents', payload });
      assert.equal(none.statusCode, 401);
      const wrong = await server.app.inject({ method: 'POST', url: '/v1/documents', payload, headers: { authorization: 'Bearer nope' } });
      assert.equal(wrong.statusCode, 401);
      assert.match(wrong.json().message, /wrong/);
      const off = await noToken.app.inject({ method: 'POST', url: '/v1/documents', payload, headers: auth });
      assert.equal(off.statusCode, 403);
      assert.equal((await server.store.counts()).documents, 0);

      const ok = await server.app.inject({ method: 'POST', url: '/v1/documents', payload, headers: auth });
      assert.equal(ok.statusCode, 200);
      assert.deepEqual(ok.json().results, [{ status: 'added', id: 'w-1', sentences: 1, events: 2 }]);
      const again = await server.app.inject({ method: 'POST', url: '/v1/documents', payload, headers: auth });
      assert.deepEqual(again.json().results, [{ status: 'exists', id: 'w-1' }]);
      const copy = await server.app.inject({ method: 'POST', url: '/v1/documents', payload: { ...payload, id: 'w-1-copy' }, headers: auth });
      assert.deepEqual(copy.json().results, [{ status: 'duplicate', id: 'w-1-copy', of: 'w-1', kind: 'exact', similarity: 1 }]);

      const batch = await server.app.inject({
        method: 'POST',
        url: '/v1/documents',
        headers: auth,
        payload: { documents: [{ id: 'w-2', text: 'Peru blamed the crisis on Bolivia.' }, { id: 'w-3', html: '<p>NATO met with Japan.</p>' }] },
      });
      assert.deepEqual(batch.json().results.map((r: { status: string }) => r.status), ['added', 'added']);
      const bad = await server.app.inject({ method: 'POST', url: '/v1/documents', headers: auth, payload: { documents: [{ id: 'w-4' }] } });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.json().message, /documents\.0/);
    } finally {
      await server.close();
      await noToken.close();
    }
  });
});

describe('the server never dies on a bad request', () => {
  test('garbage on the socket, aborted bodies and a burst of bad requests leave it serving', async () => {
    const server = await testServer();
    try {
      const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = server.app.server.address() as AddressInfo;
      const raw = async (bytes: string, end = true): Promise<void> =>
        new Promise((resolve) => {
          const socket = connect(port, '127.0.0.1', () => {
            socket.write(bytes);
            if (end) socket.end();
            else setTimeout(() => socket.destroy(), 50);
          });
          socket.on('data', () => undefined);
          socket.on('close', () => resolve());
          socket.on('error', () => resolve());
        });
      await raw('NOT HTTP AT ALL\r\n\r\n');
      await raw('POST /v1/code HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"text": "cut', false);
      await raw('GET /v1/events?quad=%ZZ HTTP/1.1\r\nHost: x\r\n\r\n');
      await raw(`GET /${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
      const bad = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          fetch(`${address}/v1/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: i % 2 ? '{"text":' : '[1,2' }).then((r) => r.status),
        ),
      );
      assert.ok(bad.every((status) => status === 400), `all 400: ${bad.join(',')}`);
      const health = await fetch(`${address}/healthz`);
      assert.equal(health.status, 200);
    } finally {
      await server.close();
    }
  });
});
