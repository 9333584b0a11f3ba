import { contentSecurityPolicyTest } from "@mdn/mdn-http-observatory/src/analyzer/tests/csp.js";
import { referrerPolicyTest } from "@mdn/mdn-http-observatory/src/analyzer/tests/referrer-policy.js";
import { xContentTypeOptionsTest } from "@mdn/mdn-http-observatory/src/analyzer/tests/x-content-type-options.js";
import { xFrameOptionsTest } from "@mdn/mdn-http-observatory/src/analyzer/tests/x-frame-options.js";
import { parseHttpEquivHeaders } from "@mdn/mdn-http-observatory/src/retriever/utils.js";
import { Requests } from "@mdn/mdn-http-observatory/src/types.js";

export interface ObservatoryFinding {
  test: string;
  pass: boolean | null;
  result: string | null;
}

/**
 * Mozilla's HTTP Observatory tests for a page's headers, run on a response
 * the tests already fetched (the scanner itself only scans public hosts).
 */
export function observatoryFindings(url: string, headers: Record<string, string>, html: string): ObservatoryFinding[] {
  const requests = new Requests(new URL(url).hostname);
  requests.session = { url: new URL(url) };
  const lowerCased = Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
  requests.responses.auto = {
    headers: lowerCased,
    httpEquiv: parseHttpEquivHeaders(html, url),
    status: 200,
    data: html,
  };
  const tests = {
    "content-security-policy": contentSecurityPolicyTest,
    "x-frame-options": xFrameOptionsTest,
    "x-content-type-options": xContentTypeOptionsTest,
    "referrer-policy": referrerPolicyTest,
  };
  return Object.entries(tests).map(([test, run]) => {
    const { pass, result } = run(requests);
    return { test, pass, result };
  });
}
