// The scraped seed article as npm start publishes it (see scripts/seed/index.ts).
export const SEED_ARTICLE = {
  title: 'Tổng cục Công nghiệp Quốc phòng sơ kết công tác 6 tháng đầu năm 2023',
  section: 'Quốc phòng – An ninh',
  subsection: 'Công nghiệp quốc phòng',
  captions: [
    'Trung tướng Hồ Quang Tuấn, Chủ nhiệm Tổng cục Công nghiệp Quốc phòng phát biểu tại hội nghị.',
    'Quang cảnh hội nghị.',
    'Các đại biểu tham dự hội nghị.',
  ],
  byline: 'Tin, ảnh: TRẦN ANH MINH',
  dateLine: 'Thứ Sáu, 14/7/2023 - 10:25',
};
