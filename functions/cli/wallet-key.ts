import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { Wallet } from 'ethers';
import { UsageError } from './cli-command.ts';

/**
 * A patient's wallet key for development: a secp256k1 private key, as `0x` and 64 hex digits on
 * one line of a file that only its owner may read (mode 0600). `patient new-key` writes one; the
 * other `patient` commands read it to sign. The key is never printed, logged or put in a message:
 * errors name the file and say what is wrong with it, nothing of its content.
 */

/** What a wallet key file holds: `0x` and 64 hex digits (the `0x` may be left out), surrounded by white space at most. */
const PRIVATE_KEY = /^(0x)?[0-9a-fA-F]{64}$/;

/** `path` relative to the current folder when it is inside it (shorter messages), else absolute. */
function shown(path: string): string {
  const absolute = resolve(path);
  const fromHere = relative(process.cwd(), absolute);
  return fromHere && !fromHere.startsWith('..') ? fromHere : absolute;
}

function why(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'a folder, not a file';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  return code ?? 'unreadable';
}

/** Reads the wallet of a key file; a missing, unreadable or malformed file is a usage error naming it (exit 2). */
export async function readWalletKey(file: string): Promise<Wallet> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const hint = (error as NodeJS.ErrnoException).code === 'ENOENT' ? `; create one with \`fhir-exchange patient new-key --out ${shown(file)}\`` : '';
    throw new UsageError(`cannot read the wallet key file ${shown(file)} (${why(error)})${hint}`, { showHelp: false });
  }
  const malformed = () =>
    new UsageError(`the wallet key file ${shown(file)} does not hold a secp256k1 private key (one line: 0x and 64 hex digits, as \`fhir-exchange patient new-key\` writes)`, { showHelp: false });
  const key = text.trim();
  if (!PRIVATE_KEY.test(key)) throw malformed();
  try {
    return new Wallet(key.startsWith('0x') ? key : `0x${key}`);
  } catch {
    // Zero, or not below the curve order. ethers' own message is not passed on: it is about the value.
    throw malformed();
  }
}

/**
 * Writes a new random wallet key to `file` (mode 0600) and returns its address. An existing file is
 * never overwritten unless `force`: it may be the only copy of a key that controls a patient.
 * With `force`, the new key is written beside it and renamed over it, so the file is never half
 * written nor, even for a moment, readable by others.
 */
export async function writeNewWalletKey(file: string, options: { force?: boolean } = {}): Promise<{ address: string; file: string }> {
  const existing = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new UsageError(`cannot write the wallet key file ${shown(file)} (${why(error)})`, { showHelp: false });
  });
  if (existing?.isDirectory()) throw new UsageError(`--out ${shown(file)} is a folder: give the key file's name, e.g. ${shown(join(file, 'wallet.key'))}`, { showHelp: false });
  if (existing && !options.force) {
    throw new UsageError(
      `${shown(file)} exists: a wallet key is never overwritten (it may be the only copy of a key that controls a patient's consents); ` +
        'choose another --out FILE, or give --force to replace it',
      { showHelp: false },
    );
  }
  const wallet = Wallet.createRandom();
  const written = options.force ? join(dirname(file), `.${randomBytes(6).toString('hex')}.wallet-key.tmp`) : file;
  let handle;
  try {
    // 'wx': created here, by this process, with mode 0600 (the umask only ever removes bits).
    handle = await open(written, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UsageError(`${shown(file)} exists: a wallet key is never overwritten; choose another --out FILE, or give --force to replace it`, { showHelp: false });
    }
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : why(error);
    throw new UsageError(`cannot write the wallet key file ${shown(file)} (${reason})`, { showHelp: false });
  }
  try {
    await handle.writeFile(`${wallet.privateKey}\n`, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(written, { force: true });
    throw new UsageError(`cannot write the wallet key file ${shown(file)} (${why(error)})`, { showHelp: false });
  }
  await handle.close();
  if (written !== file) {
    try {
      await rename(written, file);
    } catch (error) {
      await rm(written, { force: true });
      throw new UsageError(`cannot replace the wallet key file ${shown(file)} (${why(error)})`, { showHelp: false });
    }
  }
  return { address: wallet.address, file: shown(file) };
}
