import { spawn } from 'node:child_process';

/**
 * A snapshot folder to and from one `.tar.gz` file, with the system's tar (GNU tar on the Linux
 * machines the local stack runs on): portable, streamable, and readable with standard tools.
 */
function tar(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('tar', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error) => reject(new Error(`tar could not be run: ${error.message}`)));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tar ${args[0]} failed (exit ${code}): ${stderr.trim().slice(-1000)}`))));
  });
}

/** Packs the contents of `folder` into `file` (gzip). */
export function packFolder(folder: string, file: string): Promise<void> {
  return tar(['-czf', file, '-C', folder, '.']);
}

/** Unpacks `file` into `folder` (which must exist). */
export function unpackArchive(file: string, folder: string): Promise<void> {
  return tar(['-xzf', file, '-C', folder, '--no-same-owner']);
}
