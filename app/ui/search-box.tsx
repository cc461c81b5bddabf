/** The site search form: a plain GET form, so it works before (or without) JavaScript. */
export function SearchBox({ id, name }: { id: string; name?: string }) {
  // A page with a second search form names it, so the two landmarks can be told apart.
  return (
    <form action="/tim-kiem" method="get" role="search" aria-label={name} className="search-box">
      <label htmlFor={id} className="visually-hidden">
        Tìm kiếm
      </label>
      <input id={id} name="q" type="search" placeholder="Tìm kiếm…" maxLength={200} />
      <button type="submit">Tìm</button>
    </form>
  );
}
