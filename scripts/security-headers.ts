/**
 * The Content-Security-Policy of weft's workers, sent with each worker's script: a worker's
 * policy comes from the response that delivered it. The performer realm (which runs performer
 * code) may compile code (the evaluator does, once per evaluation) but may connect nowhere and
 * load no script from anywhere but weft's own origin; the runtime and bounce workers (which run
 * none) may not even compile. The same table serves `npm start` (Vite's dev server), `vite
 * preview`, and a `_headers` file in the build for static hosts that read one.
 */
import type { Plugin } from 'vite';

/** The policy of each worker, by the name its script starts with. */
export const WORKER_POLICIES: Readonly<Record<string, string>> = {
  'performer-worker': "default-src 'none'; script-src 'self' 'unsafe-eval'",
  'runtime-worker': "default-src 'none'; script-src 'self'; worker-src 'self'",
  'bounce-worker': "default-src 'none'; script-src 'self'; worker-src 'self'",
};

/** The policy for a request path, if it is one of the workers' scripts (built, or served by the dev server). */
export function policyFor(url: string): string | undefined {
  const path = url.split(/[?#]/)[0] ?? '';
  const file = path.slice(path.lastIndexOf('/') + 1);
  for (const [name, policy] of Object.entries(WORKER_POLICIES)) {
    if (file === `${name}.ts` || (file.startsWith(`${name}-`) && file.endsWith('.js')) || file === `${name}.js`) return policy;
  }
  return undefined;
}

type Next = () => void;
type Middleware = (req: { url?: string }, res: { setHeader(name: string, value: string): void }, next: Next) => void;

const middleware: Middleware = (req, res, next) => {
  const policy = req.url === undefined ? undefined : policyFor(req.url);
  if (policy !== undefined) res.setHeader('Content-Security-Policy', policy);
  next();
};

/** Sends the workers' policies from the dev and preview servers, and writes `_headers` into the build. */
export function securityHeaders(): Plugin {
  return {
    name: 'weft-security-headers',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
    generateBundle(_options, bundle) {
      const lines: string[] = [];
      for (const file of Object.keys(bundle)) {
        const policy = policyFor(`/${file}`);
        if (policy !== undefined) lines.push(`/${file}`, `  Content-Security-Policy: ${policy}`);
      }
      if (lines.length > 0) this.emitFile({ type: 'asset', fileName: '_headers', source: `${lines.join('\n')}\n` });
    },
  };
}
