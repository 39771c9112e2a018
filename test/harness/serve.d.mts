// Types for serve.mjs, so the TypeScript e2e tests can import the plain-node harness.
export const FIXTURES_DIR: string;

export interface StaticServer {
  port: number;
  /** http://127.0.0.1:<port> */
  origin: string;
  close(): Promise<void>;
}

/** headers: added to every .html response (e.g. a Content-Security-Policy for saved pages). */
export function serve(options?: { roots?: string[]; port?: number; headers?: Record<string, string> }): Promise<StaticServer>;
