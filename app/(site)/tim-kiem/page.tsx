import type { Metadata } from 'next';
import { getSections } from '@/lib/data/public-pages';
import { cleanQueryText } from '@/lib/search/parse-query';
import { readSearchRequest } from '@/lib/search/params';
import { SearchForm } from './_components/search-form';
import { SearchOutcomeView } from './_components/search-outcome';
import { runSearch } from './run-search';
import styles from './search.module.css';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const text = cleanQueryText(readSearchRequest(await searchParams).q).slice(0, 80);
  return {
    title: text ? `Tìm kiếm: ${text}` : 'Tìm kiếm',
    // Result pages are endless and thin; search engines should follow them, never list them.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const request = readSearchRequest(await searchParams);
  const sections = await getSections();
  const outcome = await runSearch(request, sections);
  return (
    <div className={styles.page}>
      <h1 className="listing-title">Tìm kiếm</h1>
      <SearchForm request={request} sections={sections} />
      <SearchOutcomeView outcome={outcome} request={request} />
    </div>
  );
}
