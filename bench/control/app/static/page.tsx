// Static control page: prerendered at build, served from Next's cache.
export default function StaticControl() {
  return (
    <main>
      <h1>Trang tĩnh đối chứng</h1>
      <p>Một trang Next.js tối giản để so sánh với trang bài viết của Tòa soạn.</p>
    </main>
  );
}
