import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import type { CryptoKey } from 'jose';

/** A client's ES384 key pair, the private JWK in a file under a new temp folder (for `--key FILE`). */
export async function clientKeyFile(prefix: string): Promise<{ dir: string; keyFile: string; publicKey: CryptoKey }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const { privateKey, publicKey } = await generateKeyPair('ES384', { extractable: true });
  const keyFile = join(dir, 'client.jwk');
  await writeFile(keyFile, JSON.stringify({ ...(await exportJWK(privateKey)), alg: 'ES384', kid: 'k1' }));
  return { dir, keyFile, publicKey };
}

/**
 * The common part of the fake exchanges that CLI unit tests talk to: an HTTP server on a free
 * loopback port whose FHIR base is `<origin>/fhir`, SMART discovery pointing at `<origin>/token`,
 * and helpers to read a request body and answer. Each test's subclass answers the rest.
 */
export abstract class FakeExchangeServer {
  server!: Server;
  base = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.#dispatch(request, response));
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/fhir`;
  }

  async stop(): Promise<void> {
    await new Promise((done) => this.server.close(done));
  }

  /** The token endpoint SMART discovery names. */
  get tokenUrl(): string {
    return `${this.base.replace(/\/fhir$/, '')}/token`;
  }

  protected send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    response.writeHead(status, { 'Content-Type': 'application/fhir+json', ...headers });
    response.end(body === undefined ? '' : JSON.stringify(body));
  }

  /** Everything but SMART discovery: `bytes` is the whole request body. */
  protected abstract handle(request: IncomingMessage, response: ServerResponse, url: URL, bytes: Buffer): Promise<void> | void;

  async #dispatch(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url!, 'http://x');
    if (request.method === 'GET' && url.pathname === '/fhir/.well-known/smart-configuration') {
      this.discovered(request);
      return this.send(response, 200, { token_endpoint: this.tokenUrl }, { 'Content-Type': 'application/json' });
    }
    await this.handle(request, response, url, Buffer.concat(chunks));
  }

  /** Called for each discovery request (a subclass may record it). */
  protected discovered(_request: IncomingMessage): void {}
}
