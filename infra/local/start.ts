import { parseArgs } from 'node:util';
import { LOCAL_RECOVERY_DELAY_SECONDS } from './chain.ts';
import { DEFAULT_DATA_DIR, startLocalStack } from './local-stack.ts';

/**
 * `npm start [-- --port N] [--data-dir DIR] [--fresh] [--recovery-delay SECONDS]`: the exchange on this machine.
 * Prints the FHIR base URL when ready; Ctrl-C or SIGTERM stops everything it started.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    'data-dir': { type: 'string', default: DEFAULT_DATA_DIR },
    fresh: { type: 'boolean', default: false },
    'recovery-delay': { type: 'string', default: String(LOCAL_RECOVERY_DELAY_SECONDS) },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
if (values.help) {
  process.stdout.write('Usage: npm start -- [--port N (0 = any free port)] [--data-dir DIR] [--fresh] [--recovery-delay SECONDS (wallet recovery, default 20)]\n');
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`--port must be an integer between 0 and 65535\n`);
  process.exit(2);
}
const recoveryDelaySeconds = Number(values['recovery-delay']);
if (!Number.isInteger(recoveryDelaySeconds) || recoveryDelaySeconds < 10 || recoveryDelaySeconds > 30 * 24 * 3600) {
  process.stderr.write(`--recovery-delay must be a whole number of seconds from 10 to 2592000 (30 days)\n`);
  process.exit(2);
}

try {
  const stack = await startLocalStack({ dataDir: values['data-dir'], port, fresh: values.fresh, recoveryDelaySeconds });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`\n${signal}: stopping the local exchange…\n`);
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.stderr.write(
    [
      `fhir-exchange is ready in ${(stack.info.readyMs / 1000).toFixed(1)} s`,
      `  FHIR base   ${stack.info.fhirBase}`,
      `  token URL   ${stack.info.tokenUrl}`,
      `  portal      ${stack.info.portalUrl}`,
      `  chain RPC   ${stack.info.rpcUrl} (chain id ${stack.info.chainId})`,
      `  stack file  ${stack.info.dataDir}/stack.json`,
      `  clients     ${stack.info.clients.map((client) => `${client.clientId} (${client.role})`).join(', ')}`,
      '',
    ].join('\n'),
  );
  process.stdout.write(`${stack.info.fhirBase}\n`);
} catch (error) {
  process.stderr.write(`fhir-exchange failed to start: ${(error as Error).message}\n`);
  process.exit(1);
}
