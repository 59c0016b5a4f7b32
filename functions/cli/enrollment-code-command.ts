import { Command } from 'commander';
import { CommandFailed, UsageError, processIo, runCommand, setAction } from './cli-command.ts';
import type { CliContext, CliIo } from './cli-command.ts';
import { accessToken, addTargetOptions, exchangeFetch, firstProviderClient, resolveTarget } from './exchange-target.ts';
import type { TargetOptions } from './exchange-target.ts';
import { answerError } from './patient-command.ts';

/**
 * `fhir-exchange enrollment-code Patient/ID`: a one-time code with which the patient's wallet takes
 * control of their pseudonym (`POST [base]/Patient/{id}/$enrollment-code`, scope Patient.u), as a
 * provider client that holds the patient: the local stack's first seeded provider by default, or
 * `--client ID`, or `--base URL --client-id ID --key FILE`. The provider shows the code to the
 * patient in person; the patient redeems it with `fhir-exchange patient enroll`.
 *
 * Prints when the code expires, then the code alone as the last line (`| tail -n 1`); with
 * `--json`, the Parameters resource as the exchange answered it.
 */

interface EnrollmentCodeOptions extends TargetOptions {
  scope?: string;
  json?: boolean;
}

/** A FHIR id (as functions/fhir-consent/handler.ts accepts it). */
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/** `Patient/ID` → ID; anything else is a usage error. */
export function parsePatientReference(text: string): string {
  const [type, id, ...rest] = text.split('/');
  if (type !== 'Patient' || id === undefined || rest.length > 0 || !FHIR_ID.test(id)) {
    throw new UsageError(`enrollment-code needs the patient as Patient/ID (e.g. Patient/123, the id this provider stored it under), not ${JSON.stringify(text)}`);
  }
  return id;
}

export function enrollmentCodeCli(context: CliContext): Command {
  const command = new Command('enrollment-code')
    .summary("a one-time code for a patient to enroll their wallet ($enrollment-code)")
    .argument('<Patient/ID>', 'the patient, as this provider stored it (e.g. Patient/123)')
    .description(
      "Ask the exchange for a one-time enrollment code for a patient this provider holds (POST [base]/Patient/{id}/$enrollment-code, " +
        'needs Patient.u), as a provider client. Give the code to the patient in person, once you have verified who they are: with it, ' +
        "their wallet becomes the controller of their records' consents (`fhir-exchange patient enroll --code CODE --key FILE`). " +
        'The code is valid for 15 minutes and once; a patient already enrolled gets none (HTTP 409). ' +
        'Prints the expiry, then the code alone as the last line.',
    )
    .option('--scope <scopes>', 'the scopes to request (default: system/Patient.u)')
    .option('--json', 'print the Parameters resource (code, expires) as the exchange answered it');
  addTargetOptions(command, "default: the local stack's first provider client");
  command.addHelpText(
    'after',
    '\nExamples:\n' +
      '  npx fhir-exchange enrollment-code Patient/123\n' +
      '  CODE=$(npx fhir-exchange enrollment-code Patient/123 --client dev-provider-a | tail -n 1)\n' +
      '\nExit codes: 0 a code was issued; 1 the exchange refused (404 a patient this provider does not hold,\n' +
      '  409 a patient already enrolled, 403 a token without Patient.u); 2 usage or setup error, nothing sent;\n' +
      '  3 no exchange at the target URL.\n',
  );
  return setAction<EnrollmentCodeOptions>(command, context, (args, options) => enrollmentCode(args[0]!, options, context.io));
}

export function enrollmentCodeCommand(args: string[], io: CliIo = processIo()): Promise<number> {
  return runCommand(enrollmentCodeCli, args, io);
}

async function enrollmentCode(reference: string, values: EnrollmentCodeOptions, io: CliIo): Promise<void> {
  const id = parsePatientReference(reference);
  const client = values.client ?? (values.base ? undefined : await firstProviderClient(values.dataDir));
  const target = await resolveTarget({ ...values, ...(client === undefined ? {} : { client }) });
  const { access_token: token } = await accessToken(target, values.scope ?? 'system/Patient.u');
  const path = `/Patient/${id}/$enrollment-code`;
  const response = await exchangeFetch(target, `${target.fhirBase}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, Accept: 'application/fhir+json' } });
  const document = (await response.json().catch(() => undefined)) as { resourceType?: string; parameter?: { name?: string; valueString?: string; valueInstant?: string }[] } | undefined;
  if (!response.ok) throw answerError('POST', path, response.status, document);
  const code = document?.parameter?.find((parameter) => parameter.name === 'code')?.valueString;
  const expires = document?.parameter?.find((parameter) => parameter.name === 'expires')?.valueInstant;
  if (document?.resourceType !== 'Parameters' || !code) throw new CommandFailed(`POST ${path}: the answer is not a Parameters resource with a code`);
  if (values.json) {
    io.stdout(`${JSON.stringify(document, null, 2)}\n`);
    return;
  }
  const minutes = expires ? Math.max(0, Math.round((Date.parse(expires) - Date.now()) / 60_000)) : undefined;
  io.stdout(
    `Enrollment code for Patient/${id}${expires ? `, valid once until ${expires}${minutes === undefined || Number.isNaN(minutes) ? '' : ` (${minutes} minutes)`}` : ''}; ` +
      'give it to the patient in person:\n' +
      `${code}\n`,
  );
}
