// Chart registries on loopback for the tests: a minimal OCI distribution server (the /v2/ endpoints helm
// uses to push and pull: blob uploads, blobs, manifests, tags) and an HTTP chart repository (a folder
// with index.yaml and packaged charts, as `helm repo index` writes it). Either may ask for basic auth.
// Each counts the requests it answered, so a test can tell how often a chart was fetched.
import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Served {
  /** `127.0.0.1:<port>` */
  host: string;
  /** Every request answered: method and path (with its query). */
  requests: Array<{ method: string; path: string; status: number }>;
  close(): Promise<void>;
}

export interface Auth {
  username: string;
  password: string;
}

function authorized(req: IncomingMessage, auth?: Auth): boolean {
  if (!auth) return true;
  const header = req.headers.authorization ?? '';
  const basic = /^Basic (.+)$/.exec(header)?.[1];
  return (
    basic !== undefined && Buffer.from(basic, 'base64').toString() === `${auth.username}:${auth.password}`
  );
}

function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function listen(
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  requests: Served['requests'],
): Promise<Served> {
  const server: Server = createServer((req, res) => {
    res.on('finish', () =>
      requests.push({ method: req.method ?? '', path: req.url ?? '', status: res.statusCode }),
    );
    handle(req, res).catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        host: `127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

const digestOf = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** A minimal OCI distribution registry in memory, plain HTTP on 127.0.0.1. */
export function ociRegistry(auth?: Auth): Promise<Served> {
  const blobs = new Map<string, Buffer>();
  const uploads = new Map<string, Buffer[]>();
  const manifests = new Map<string, { type: string; data: Buffer }>();
  const requests: Served['requests'] = [];
  const route =
    /^\/v2\/(.+?)\/(?:blobs\/uploads\/?([^/]*)|blobs\/(sha256:[a-f0-9]{64})|manifests\/([^/]+)|tags\/list)$/;
  return listen(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://registry');
    const method = req.method ?? 'GET';
    if (!authorized(req, auth)) {
      res.writeHead(401, {
        'WWW-Authenticate': 'Basic realm="slipway-test"',
        'Content-Type': 'application/json',
      });
      res.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
      return;
    }
    if (url.pathname === '/v2/' || url.pathname === '/v2') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
      return;
    }
    const m = route.exec(url.pathname);
    const data = await body(req);
    if (!m) {
      res.writeHead(404).end();
      return;
    }
    const [, name = '', upload, blob, reference] = m;
    const notFound = () => {
      res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end('{"errors":[{"code":"NAME_UNKNOWN","message":"not found"}]}');
    };
    if (upload !== undefined && method === 'POST') {
      const digest = url.searchParams.get('digest');
      if (digest) {
        blobs.set(digest, data);
        res.writeHead(201, { Location: `/v2/${name}/blobs/${digest}`, 'Docker-Content-Digest': digest });
        res.end();
        return;
      }
      const id = randomUUID();
      uploads.set(id, []);
      res.writeHead(202, {
        Location: `/v2/${name}/blobs/uploads/${id}`,
        'Docker-Upload-UUID': id,
        Range: '0-0',
      });
      res.end();
      return;
    }
    if (upload !== undefined && upload !== '' && (method === 'PATCH' || method === 'PUT')) {
      const parts = uploads.get(upload);
      if (!parts) return notFound();
      parts.push(data);
      if (method === 'PATCH') {
        const size = parts.reduce((n, p) => n + p.length, 0);
        res.writeHead(202, {
          Location: `/v2/${name}/blobs/uploads/${upload}`,
          Range: `0-${Math.max(0, size - 1)}`,
        });
        res.end();
        return;
      }
      const content = Buffer.concat(parts);
      const digest = url.searchParams.get('digest') ?? digestOf(content);
      uploads.delete(upload);
      blobs.set(digest, content);
      res.writeHead(201, { Location: `/v2/${name}/blobs/${digest}`, 'Docker-Content-Digest': digest });
      res.end();
      return;
    }
    if (blob !== undefined && (method === 'GET' || method === 'HEAD')) {
      const content = blobs.get(blob);
      if (!content) return notFound();
      res.writeHead(200, {
        'Content-Type': 'application/octet-stream',
        'Content-Length': content.length,
        'Docker-Content-Digest': blob,
      });
      res.end(method === 'HEAD' ? undefined : content);
      return;
    }
    if (reference !== undefined && method === 'PUT') {
      const digest = digestOf(data);
      const type = req.headers['content-type'] ?? 'application/vnd.oci.image.manifest.v1+json';
      manifests.set(`${name}@${digest}`, { type, data });
      manifests.set(`${name}@${reference}`, { type, data });
      res.writeHead(201, { Location: `/v2/${name}/manifests/${digest}`, 'Docker-Content-Digest': digest });
      res.end();
      return;
    }
    if (reference !== undefined && (method === 'GET' || method === 'HEAD')) {
      const manifest = manifests.get(`${name}@${reference}`);
      if (!manifest) return notFound();
      res.writeHead(200, {
        'Content-Type': manifest.type,
        'Content-Length': manifest.data.length,
        'Docker-Content-Digest': digestOf(manifest.data),
      });
      res.end(method === 'HEAD' ? undefined : manifest.data);
      return;
    }
    if (url.pathname.endsWith('/tags/list') && method === 'GET') {
      const tags = [...manifests.keys()]
        .filter((k) => k.startsWith(`${name}@`) && !k.startsWith(`${name}@sha256:`))
        .map((k) => k.slice(name.length + 1));
      if (tags.length === 0) return notFound();
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ name, tags }));
      return;
    }
    res.writeHead(405).end();
  }, requests);
}

/** An HTTP chart repository serving the files of `folder` (index.yaml and the packaged charts). */
export function chartRepository(folder: string, auth?: Auth): Promise<Served> {
  const requests: Served['requests'] = [];
  return listen(async (req, res) => {
    await body(req);
    if (!authorized(req, auth)) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="slipway-test"' });
      res.end('unauthorized');
      return;
    }
    const name = new URL(req.url ?? '/', 'http://repo').pathname.replace(/^\/+/, '');
    if (!/^[\w.-]+$/.test(name)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const content = readFileSync(join(folder, name));
      res.writeHead(200, { 'Content-Length': content.length });
      res.end(content);
    } catch {
      res.writeHead(404).end();
    }
  }, requests);
}

/** A throw-away helm home for the test's own helm commands (package, push, repo index). */
export function helmHome(): { env: NodeJS.ProcessEnv; remove(): void } {
  const home = mkdtempSync(join(tmpdir(), 'slipway-test-helm-'));
  return {
    env: {
      PATH: process.env.PATH,
      HOME: home,
      HELM_CONFIG_HOME: join(home, 'config'),
      HELM_CACHE_HOME: join(home, 'cache'),
      HELM_DATA_HOME: join(home, 'data'),
    },
    remove: () => rmSync(home, { recursive: true, force: true }),
  };
}

/** Writes a chart's files into `folder` and packages it there with `helm package`; returns the .tgz path. */
export function packageChart(folder: string, files: Record<string, string>, env: NodeJS.ProcessEnv): string {
  const source = mkdtempSync(join(tmpdir(), 'slipway-test-chart-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(source, path)), { recursive: true });
      writeFileSync(join(source, path), text);
    }
    mkdirSync(folder, { recursive: true });
    const out = execFileSync('helm', ['package', source, '--destination', folder], { env }).toString();
    return (/saved it to: (.+\.tgz)/.exec(out)?.[1] ?? '').trim();
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
}
