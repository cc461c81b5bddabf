/** One choice of a select: its value and what the desk reads. */
export type Choice = { id: number | string; name: string };

/** A select's options, one per choice. */
export function ChoiceOptions({ choices }: { choices: readonly Choice[] }) {
  return choices.map((choice) => (
    <option key={choice.id} value={choice.id}>
      {choice.name}
    </option>
  ));
}

/** One filter of a GET filter form: a labelled select whose first choice, "Tất cả", filters nothing. */
export function FilterSelect({
  label,
  name,
  value,
  choices,
}: {
  label: string;
  name: string;
  value: string | number | null | undefined;
  choices: readonly Choice[];
}) {
  return (
    <label className="admin-filter">
      {label}
      <select name={name} defaultValue={value ?? ''}>
        <option value="">Tất cả</option>
        <ChoiceOptions choices={choices} />
      </select>
    </label>
  );
}
