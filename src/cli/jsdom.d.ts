/**
 * The small part of jsdom's API the CLI uses (no @types/jsdom dependency for three names).
 * See src/cli/dom.ts for why the internal `implForWrapper` is used.
 */
declare module 'jsdom' {
  export class VirtualConsole {}
  export interface JSDOMWindow {
    document: Document;
    close(): void;
  }
  export interface JSDOMOptions {
    virtualConsole?: VirtualConsole;
    beforeParse?: (window: JSDOMWindow) => void;
  }
  export class JSDOM {
    constructor(html?: string, options?: JSDOMOptions);
    readonly window: JSDOMWindow;
  }
}

declare module 'jsdom/lib/generated/idl/utils.js' {
  const utils: { implForWrapper(wrapper: object): { _parseOptions?: { scriptingEnabled?: boolean } } | undefined };
  export default utils;
}
