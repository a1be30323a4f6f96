// What a client hears when its variables do not fit the operation's types. graphql-js words it
// as `Variable "$input" got invalid value { handle: "…", password: "…" }; …`: the whole value
// echoed back, a password included, into any log, proxy or screenshot that keeps the answer
// (issue 24). Here the same error names the field and the problem, in the sentence form the API's
// own validation uses ("Password must be a value of type String.", server/field-labels.ts; so it
// is translated the same way), with the path inside the variable in extensions.field, and never
// the value. Names come from the schema or the client's own keys; values never.
import { GraphQLError, Kind } from 'graphql';
import { UserError } from './errors';
import { fieldMessage } from './field-labels';

/** A path graphql-js prints (`input.items[2].name`): names and indexes only. */
const PATH = /at "([A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[\d+\])*)"$/;
/** A key a client sent that is plain enough to name back. */
const PLAIN_KEY = /^[A-Za-z_]\w{0,63}$/;

export interface VariableProblem {
  message: string;
  /** The path inside the variables (`input.password`), as extensions.field. */
  field: string;
}

/**
 * The value-free message for a variable coercion error, or undefined when `error` is not one
 * (or is one of the forms that never carried a value: a missing or null required variable).
 */
export function variableErrorMessage(error: GraphQLError): VariableProblem | undefined {
  const definition = error.nodes?.[0];
  if (definition?.kind !== Kind.VARIABLE_DEFINITION) return undefined;
  const name = definition.variable.name.value;
  if (!error.message.startsWith(`Variable "$${name}" got invalid value `)) return undefined;
  // Apollo keeps graphql-js's inner error (what coerceInputValue said) as the original error.
  const inner = error.originalError instanceof GraphQLError ? error.originalError : undefined;
  const suffix = inner ? `; ${inner.message}` : undefined;
  const head = suffix && error.message.endsWith(suffix) ? error.message.slice(0, -suffix.length) : '';
  const path = PATH.exec(head)?.[1] ?? name;
  return problem(path, inner);
}

const at = (field: string, rule: string): VariableProblem => ({ field, message: fieldMessage(field, rule) });

function problem(path: string, inner: GraphQLError | undefined): VariableProblem {
  // Our own scalars' refusals (Money, DateTime) are sentences written for people, with no value.
  if (inner instanceof UserError) return { field: path, message: inner.message };
  const text = inner?.message ?? '';
  let m: RegExpExecArray | null;
  if ((m = /^Expected type "(\w+)" to be an object\./.exec(text))) return at(path, `must be an object of type ${m[1]}`);
  if ((m = /^Field "([^"]*)" is not defined by type "(\w+)"\./.exec(text))) {
    return PLAIN_KEY.test(m[1]!) ? at(`${path}.${m[1]}`, `is not a field of ${m[2]}`) : at(path, `has a field that ${m[2]} does not define`);
  }
  if ((m = /^Field "(\w+)" of required type "([\w![\]]+)" was not provided\./.exec(text))) return at(`${path}.${m[1]}`, `must be given (${m[2]})`);
  if (/^Expected non-nullable type "[\w![\]]+" not to be null\./.test(text)) return at(path, 'must not be null');
  if ((m = /in "(\w+)" enum|^Enum "(\w+)" cannot represent/.exec(text))) return at(path, `must be one of the values of ${m[1] ?? m[2]}`);
  if ((m = /^Expected (?:value of )?type "([\w![\]]+)"|^(String|Int|Float|Boolean|ID) cannot represent/.exec(text))) {
    return at(path, `must be a value of type ${m[1] ?? m[2]}`);
  }
  return at(path, 'has a value of the wrong type');
}
