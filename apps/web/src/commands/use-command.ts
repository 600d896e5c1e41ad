import { useCallback, useState } from 'react';
import type { CommandResult, FieldErrors } from './command-result';

export interface CommandState {
  pending: boolean;
  fieldErrors: FieldErrors;
  /** A rejection that belongs to no single field (out of stock, wrong state, network...). */
  formError: string | undefined;
}

const idle: CommandState = { pending: false, fieldErrors: {}, formError: undefined };

/**
 * Runs one command from a form: errors land beside their fields, and once it is accepted
 * `show` reads the result back at the command's position so the page shows it at once.
 */
export function useCommand() {
  const [state, setState] = useState<CommandState>(idle);

  const run = useCallback(
    async (
      send: () => Promise<CommandResult>,
      show: (accepted: { id: string; position: string }) => Promise<void>,
    ): Promise<boolean> => {
      setState({ ...idle, pending: true });
      try {
        const result = await send();
        if (result.kind === 'invalid') {
          setState({ ...idle, fieldErrors: result.fields, formError: unplacedErrors(result) });
          return false;
        }
        if (result.kind === 'rejected') {
          setState({ ...idle, formError: result.message });
          return false;
        }
        await show(result);
        setState(idle);
        return true;
      } catch (error) {
        setState({ ...idle, formError: error instanceof Error ? error.message : String(error) });
        return false;
      }
    },
    [],
  );

  const fail = useCallback((fieldErrors: FieldErrors) => setState({ ...idle, fieldErrors }), []);

  return { ...state, run, fail };
}

function unplacedErrors(result: Extract<CommandResult, { kind: 'invalid' }>): string | undefined {
  return Object.keys(result.fields).length === 0 ? result.message : undefined;
}
