import { existsSync } from 'node:fs';
import { Server } from 'node:http';

/**
 * Fault injection for the export crash test, loaded into a local stack's process with
 * `NODE_OPTIONS=--import=<this file>` and STALL_EXPORT_PART_FILE naming a file: while that file
 * exists, the S3 stand-in (s3rver, in the stack's main thread) never answers the write of a
 * second patient's export part (`…/parts/00000001.ndjson`). The export worker then stops with one
 * patient checkpointed and the next one's part in flight, so the test can kill the stack in the
 * middle of a job whatever the machine's speed. Nothing else is touched.
 */

const marker = process.env['STALL_EXPORT_PART_FILE'];
const SECOND_PART = /\/jobs\/[0-9a-f-]{36}\/parts\/00000001\.ndjson(\?|$)/;

if (marker) {
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const request = args[0] as { method?: string; url?: string };
      if (request.method === 'PUT' && SECOND_PART.test(request.url ?? '') && existsSync(marker)) return true; // never answered
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof Server.prototype.emit;
}
