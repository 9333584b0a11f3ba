// The Mozilla HTTP Observatory ships JavaScript with JSDoc types only; these are the parts the tests call.
declare module "@mdn/mdn-http-observatory/src/types.js" {
  export class Requests {
    constructor(hostname: string);
    session: { url: URL } | null;
    responses: {
      auto: {
        headers: Record<string, string>;
        httpEquiv: Map<string, string[]>;
        status: number;
        data: string;
      } | null;
    };
  }
}

declare module "@mdn/mdn-http-observatory/src/retriever/utils.js" {
  export function parseHttpEquivHeaders(html: string, baseUrl: string): Map<string, string[]>;
}

declare module "@mdn/mdn-http-observatory/src/analyzer/tests/*.js" {
  import type { Requests } from "@mdn/mdn-http-observatory/src/types.js";
  interface TestOutput {
    pass: boolean | null;
    result: string | null;
  }
  export function contentSecurityPolicyTest(requests: Requests): TestOutput;
  export function xFrameOptionsTest(requests: Requests): TestOutput;
  export function xContentTypeOptionsTest(requests: Requests): TestOutput;
  export function referrerPolicyTest(requests: Requests): TestOutput;
}
