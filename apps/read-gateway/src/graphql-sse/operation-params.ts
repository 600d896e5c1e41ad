/** What a GraphQL over HTTP request asks for. */
export interface OperationParams {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  extensions?: Record<string, unknown>;
}

/**
 * The parameters of a request: its search parameters for a GET, its JSON body for a POST. A
 * string says what is wrong with them.
 */
export async function operationParams(request: Request): Promise<OperationParams | string> {
  let raw: Record<string, unknown>;
  try {
    if (request.method === 'GET') {
      const search = new URL(request.url).searchParams;
      raw = {
        query: search.get('query') ?? undefined,
        operationName: search.get('operationName') ?? undefined,
        variables: jsonOf(search.get('variables')),
        extensions: jsonOf(search.get('extensions')),
      };
    } else if (request.headers.get('content-type')?.includes('application/json')) {
      const body: unknown = await request.json();
      if (!isObject(body)) return 'The body must be a JSON object.';
      raw = body;
    } else {
      return 'Send the operation as JSON (content-type: application/json), or in a GET.';
    }
  } catch {
    return 'The request is not valid JSON.';
  }
  const { query, variables, operationName, extensions } = raw;
  if (typeof query !== 'string' || query === '') return 'The request has no query.';
  if (!absentOr(variables, isObject)) return 'variables must be an object.';
  if (!absentOr(operationName, isString)) return 'operationName must be a string.';
  if (!absentOr(extensions, isObject)) return 'extensions must be an object.';
  return {
    query,
    ...(isObject(variables) ? { variables } : {}),
    ...(isString(operationName) ? { operationName } : {}),
    ...(isObject(extensions) ? { extensions } : {}),
  };
}

function jsonOf(text: string | null): unknown {
  return text === null ? undefined : JSON.parse(text);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function absentOr(value: unknown, check: (value: unknown) => boolean): boolean {
  return value === undefined || value === null || check(value);
}
