/**
 * Supervision of the long-running child processes of the local stack (anvil, DynamoDB Local):
 *
 * - every supervised child is kept in one set of live children until it exits (or fails to
 *   spawn), and one shared process 'exit' hook sends SIGTERM to whatever is still in it. Only
 *   synchronous work is possible in an 'exit' handler, so there is no waiting there; each caller
 *   has its own backstop for a parent killed outright (SIGKILL, OOM), where no hook runs;
 * - `stop()` stops with grace: SIGTERM, then SIGKILL if the child is still running after
 *   `graceMs`, and resolves once it has exited.
 */
import type { ChildProcess } from 'node:child_process';

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface SuperviseChildOptions {
  /** How long `stop()` waits after SIGTERM before sending SIGKILL. */
  graceMs: number;
  /** Called when the child exits, before `exited` resolves. */
  onExit?: (exit: ChildExit) => void;
  /** Called when the child fails (e.g. spawn ENOENT, which may never emit 'exit'), before `exited` resolves. */
  onError?: (error: Error) => void;
}

export interface SupervisedChild {
  /** Resolves with the exit code/signal once the process has exited (code and signal null if it failed to spawn). */
  exited: Promise<ChildExit>;
  /** SIGTERM, then SIGKILL after the grace period; resolves once the process has exited (at once if it already has). */
  stop(): Promise<void>;
}

const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of liveChildren) child.kill('SIGTERM');
  });
}

/** Registers a freshly spawned `child` for the exit hook and returns its exit promise and `stop()`. */
export function superviseChild(child: ChildProcess, options: SuperviseChildOptions): SupervisedChild {
  installExitHook();
  liveChildren.add(child);
  const exited = new Promise<ChildExit>((resolve) => {
    child.once('exit', (code, signal) => {
      liveChildren.delete(child);
      options.onExit?.({ code, signal });
      resolve({ code, signal });
    });
    // A spawn failure (e.g. ENOENT) emits 'error' and may never emit 'exit'.
    child.once('error', (error) => {
      options.onError?.(error);
      liveChildren.delete(child);
      resolve({ code: null, signal: null });
    });
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), options.graceMs);
    try {
      await exited;
    } finally {
      clearTimeout(timer);
    }
  };
  return { exited, stop };
}
