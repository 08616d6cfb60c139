/** A password input with its hint and its own error, both read out with the field. */
export function PasswordField(props: { id: string; name: string; label: string; autoComplete: string; hint?: string; error?: string }) {
  const described = [props.hint ? `${props.id}-hint` : null, props.error ? `${props.id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.name}
        type="password"
        required
        autoComplete={props.autoComplete}
        dir="ltr"
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described || undefined}
        className="rounded border border-line bg-white px-3 py-2"
      />
      {props.hint ? (
        <p id={`${props.id}-hint`} className="text-sm text-muted">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${props.id}-error`} className="text-sm text-red-700">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
