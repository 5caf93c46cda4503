// The test server (e2e/server.mjs, also behind tools/og.mjs): a request whose path no URL parser
// reads is refused with 400, and the server goes on serving.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { serve } from './server.mjs';

const get = (url, path) => new Promise((ok, fail) => {
  request(url, { path }, (res) => {
    res.resume();
    res.on('end', () => ok(res.statusCode));
  }).on('error', fail).end();
});

test('a path no URL parser reads gets 400, and the next request is served', async () => {
  const server = await serve('dist');
  try {
    assert.equal(await get(server.url, '//'), 400);
    assert.equal(await get(server.url, '/%E0%A4%A'), 400);
    assert.equal(await get(server.url, '/../Cargo.toml'), 404);
    assert.equal(await get(server.url, '/'), 200);
  } finally {
    await server.close();
  }
});
