import type { Section } from '@/lib/data/dto';
import { sectionTreeOrder } from '@/lib/vi/collation';

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

/** Sections for a select: each parent first, its subsections under it, indented with a dash. */
export function sectionChoices(sections: readonly Section[]): { id: number; name: string }[] {
  return sectionTreeOrder(sections, (section) => section.parent?.id ?? null).map(({ section, depth }) => ({
    id: section.id,
    // No-break spaces: a select keeps them, so the dash sits indented under its parent.
    name: depth === 0 ? section.name : `\u00a0\u00a0— ${section.name}`,
  }));
}
