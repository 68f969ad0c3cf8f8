/**
 * The site's base path at build time. Every internal href goes through `withBase`, so one build works
 * at the root of a host and under a sub-path such as /field-guide/. It reads Astro's environment, so
 * it lives here rather than in src/lib (which stays pure: `joinBase` there does the joining).
 */
import { joinBase } from '../lib/url';

export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
