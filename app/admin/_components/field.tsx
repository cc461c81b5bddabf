/** A labelled input with its error message tied to it for screen readers. */
export function Field({
  id,
  label,
  error,
  ...input
}: { id: string; label: string; error?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  const errorId = `${id}-loi`;
  return (
    <div className="admin-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} {...input} />
      {error ? (
        <p id={errorId} className="admin-field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
