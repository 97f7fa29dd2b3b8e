import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { FIXTURE_ROOT } from '../../fixtures';
import { controlPage } from './control-page';
import { KITS, kitForHost } from './kits';
import { escapeHtml } from './kits/html';
import type { StandInKit } from './kits/types';
import { isScenario, type Scenario } from './scenarios';
import { STATUS_HOSTS, StatusPages } from './status-pages';

/** The host of the stand-in's own control page and API. */
export const CONTROL_HOST = 'stand-in.detour.test';

/** Every host the stand-in answers, for its certificate. */
export function standInHosts(): string[] {
  return [CONTROL_HOST, ...KITS.map((kit) => kit.host), ...STATUS_HOSTS];
}

const STYLE = readFileSync(join(import.meta.dirname, 'stand-in.css'), 'utf8');

/** Delay between two streamed words: a reply of ~25 words takes about a second. */
const TOKEN_MS = 40;
/** Words streamed before a reply fails or stalls. */
const WORDS_BEFORE_TROUBLE = 4;

interface Turn {
  readonly author: 'user' | 'assistant';
  readonly text: string;
  readonly error?: boolean;
}

interface Conversation {
  readonly host: string;
  readonly turns: Turn[];
}

export interface StandIn {
  readonly port: number;
  /** Every host the stand-in answers, for certificates, resolver rules and proxies. */
  readonly hosts: readonly string[];
  close(): Promise<void>;
}

export interface StandInOptions {
  readonly cert: string;
  readonly key: string;
}

/** Compiles the stand-in's Svelte component with Svelte's own compiler, as a SvelteKit app would be. */
const svelte: Plugin = {
  name: 'svelte',
  setup(builder) {
    builder.onLoad({ filter: /\.svelte$/ }, async (args) => {
      const { compile } = await import('svelte/compiler');
      const { js } = compile(await readFile(args.path, 'utf8'), { filename: args.path, generate: 'client' });
      return { contents: js.code, loader: 'js' };
    });
  },
};

/** Bundles the in-page app (and the real editor libraries) once per run. */
async function bundleApp(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'client', 'main.ts')],
    plugins: [svelte],
    conditions: ['svelte', 'browser'],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function replyWords(kit: StandInKit, prompt: string): string[] {
  const site = kit.site === 'chatgpt' ? 'ChatGPT' : kit.site;
  return `This is the ${site} stand-in. It received ${Array.from(prompt).length} characters and answers with a short streamed reply, so Detour can watch a healthy answer arrive and finish.`
    .split(/(?<= )/);
}

/**
 * The local chatbot stand-in: an HTTPS server answering at the real chatbots' hostnames with pages
 * of their real structure, which fails on demand. Also serves the fixtures themselves under
 * /__stand-in/fixture/<name>, so they can be checked in real browsers at the real host.
 */
export async function startStandIn({ cert, key }: StandInOptions): Promise<StandIn> {
  const app = await bundleApp();
  const scenarios = new Map<string, Scenario>();
  const received = new Map<string, string[]>();
  const conversations = new Map<string, Conversation>();
  const held = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  const statusPages = new StatusPages();

  const scenarioOf = (host: string): Scenario => scenarios.get(host) ?? 'ok';

  function renderTurns(kit: StandInKit, conversation: Conversation | undefined): string {
    return (conversation?.turns ?? [])
      .map((turn, index) =>
        turn.author === 'user'
          ? kit.userTurn(turn.text, index + 1)
          : kit.assistantTurn(
              { html: turn.text ? `<p>${escapeHtml(turn.text)}</p>` : '', streaming: false, ...(turn.error && { error: kit.texts.generationError }) },
              index + 1,
            ),
      )
      .join('\n');
  }

  function servePage(kit: StandInKit, path: string, response: ServerResponse): void {
    if (scenarioOf(kit.host) === 'page-502') {
      const page = readFileSync(join(FIXTURE_ROOT, kit.site, kit.gatewayErrorFixture), 'utf8');
      response.writeHead(502, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      return;
    }
    const id = kit.conversationIdOf(path);
    const conversation = id ? conversations.get(id) : undefined;
    const title = conversation?.turns[0]?.text.slice(0, 40) ?? kit.site;
    const page = kit
      .page(renderTurns(kit, conversation), title)
      .replace('</head>', '<link rel="stylesheet" href="/__stand-in/app.css"></head>')
      .replace('</body>', '<script src="/__stand-in/app.js"></script></body>');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
  }

  async function serveChat(kit: StandInKit, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const { conversationId, text } = JSON.parse(await readBody(request)) as { conversationId?: string; text: string };
    received.set(kit.host, [...(received.get(kit.host) ?? []), text]);
    const id = conversationId && conversations.has(conversationId) ? conversationId : crypto.randomUUID();
    const conversation = conversations.get(id) ?? { host: kit.host, turns: [] };
    conversations.set(id, conversation);
    conversation.turns.push({ author: 'user', text });

    const scenario = scenarioOf(kit.host);
    if (scenario === 'network') {
      request.socket.destroy();
      return;
    }
    if (scenario === 'http-500' || scenario === 'http-429' || scenario === 'limit-dialog') {
      const status = scenario === 'http-500' ? 500 : 429;
      const kind = scenario === 'limit-dialog' ? 'plan-limit' : scenario === 'http-429' ? 'rate-limit' : 'server-error';
      if (status === 500) conversation.turns.push({ author: 'assistant', text: '', error: true });
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ kind, detail: kind }));
      return;
    }
    if (scenario === 'no-reply') {
      held.add(response);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const emit = (event: object) => response.write(`data: ${JSON.stringify(event)}\n\n`);
    emit({ type: 'meta', conversationId: id });
    const words = replyWords(kit, text);
    const stopAt = scenario === 'ok' ? words.length : WORDS_BEFORE_TROUBLE;
    let sentWords = 0;
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (response.destroyed || sentWords >= stopAt) {
          clearInterval(timer);
          resolve();
          return;
        }
        emit({ type: 'token', text: words[sentWords++] });
      }, TOKEN_MS);
    });
    const replyText = words.slice(0, sentWords).join('');
    if (scenario === 'stall') {
      held.add(response);
      conversation.turns.push({ author: 'assistant', text: replyText });
      return;
    }
    if (scenario === 'error-card') {
      conversation.turns.push({ author: 'assistant', text: replyText, error: true });
      emit({ type: 'error' });
    } else {
      conversation.turns.push({ author: 'assistant', text: replyText });
      emit({ type: 'done' });
    }
    response.end();
  }

  async function serveControl(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const json = (value: unknown, status = 200) =>
      void response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    if (url.pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(controlPage(KITS));
    } else if (url.pathname === '/api/state') {
      json({
        sites: KITS.map((kit) => ({ host: kit.host, site: kit.site, scenario: scenarioOf(kit.host), received: received.get(kit.host) ?? [] })),
        statusPages: statusPages.state(),
      });
    } else if (url.pathname === '/api/status' && request.method === 'POST') {
      const { host, fixture } = JSON.parse(await readBody(request)) as { host: string; fixture: string };
      if (!statusPages.choose(host, fixture)) return json({ error: 'unknown status host or fixture' }, 400);
      json({ host, fixture });
    } else if (url.pathname === '/api/scenario' && request.method === 'POST') {
      const { host, scenario } = JSON.parse(await readBody(request)) as { host: string; scenario: unknown };
      if (!kitForHost(host) || !isScenario(scenario)) return json({ error: 'unknown host or scenario' }, 400);
      scenarios.set(host, scenario);
      for (const response of held) response.destroy();
      held.clear();
      json({ host, scenario });
    } else if (url.pathname === '/api/reset' && request.method === 'POST') {
      scenarios.clear();
      received.clear();
      statusPages.reset();
      for (const response of held) response.destroy();
      held.clear();
      json({ reset: true });
    } else {
      json({ error: 'not found' }, 404);
    }
  }

  const server = createServer({ cert, key }, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(request.url ?? '/', `https://${host}`);
    const kit = kitForHost(host);
    const handle = async () => {
      if (host === CONTROL_HOST) return serveControl(request, response, url);
      if (statusPages.serve(host, url.pathname, response)) return;
      if (!kit) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not a stand-in host');
      if (url.pathname === '/__stand-in/app.js') {
        return void response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(app);
      }
      if (url.pathname === '/__stand-in/app.css') {
        return void response.writeHead(200, { 'content-type': 'text/css; charset=utf-8' }).end(STYLE);
      }
      const fixture = /^\/__stand-in\/fixture\/([\w.-]+\.html)$/.exec(url.pathname)?.[1];
      if (fixture) {
        const page = readFileSync(join(FIXTURE_ROOT, kit.site, fixture), 'utf8');
        return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      }
      if (request.method === 'POST' && url.pathname === kit.endpoint) return serveChat(kit, request, response);
      if (request.method === 'GET' && url.pathname === '/favicon.ico') return void response.writeHead(204).end();
      if (request.method === 'GET') return servePage(kit, url.pathname, response);
      response.writeHead(405).end();
    };
    handle().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(String(error));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The stand-in has no port');

  return {
    port: address.port,
    hosts: standInHosts(),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
