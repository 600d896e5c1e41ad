import type { ReactNode } from 'react';

/** A labelled input with the server's validation message for it, if any, right beside it. */
export function Field(props: {
  label: string;
  name: string;
  error: string | undefined;
  children: ReactNode;
}) {
  return (
    <label className={props.error ? 'field field-invalid' : 'field'}>
      <span className="field-label">{props.label}</span>
      {props.children}
      {props.error && (
        <span className="field-error" data-field-error={props.name} role="alert">
          {props.error}
        </span>
      )}
    </label>
  );
}

export function FormError(props: { message: string | undefined }) {
  if (!props.message) return null;
  return (
    <p className="form-error" role="alert">
      {props.message}
    </p>
  );
}

/** The server's message for an input that sits inline (in a table row) rather than in a form. */
export function InlineError(props: { field: string; message: string | undefined }) {
  if (!props.message) return null;
  return (
    <span className="field-error" data-field-error={props.field} role="alert">
      {props.message}
    </span>
  );
}
