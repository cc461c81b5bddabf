import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/helpers/chromium';

export type Row = { name: string; connections: number; rps: number; p50: number; p99: number; ratio?: string };

/** A Markdown table of throughput rows. */
export function throughputTable(rows: Row[]): string {
  const lines = ['| Target | Conn. | req/s | p50 ms | p99 ms | Ratio |', '| --- | ---: | ---: | ---: | ---: | --- |'];
  for (const row of rows) {
    lines.push(`| ${row.name} | ${row.connections} | ${row.rps.toFixed(0)} | ${row.p50.toFixed(2)} | ${row.p99.toFixed(2)} | ${row.ratio ?? ''} |`);
  }
  return lines.join('\n');
}

/** Renders a bar chart of req/s at 50 connections to PNG with Debian's Chromium. */
export async function writeChart(rows: Row[], file: string): Promise<void> {
  const data = rows.filter((row) => row.connections > 1);
  const max = Math.max(...data.map((row) => row.rps), 1);
  const barHeight = 28;
  const width = 900;
  const labelWidth = 300;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${data.length * barHeight + 60}" font-family="sans-serif" font-size="13">`,
    `<text x="10" y="22" font-size="16" font-weight="bold">Requests per second, 50 connections (log scale)</text>`,
    ...data.map((row, i) => {
      const y = 40 + i * barHeight;
      const w = Math.max(2, ((width - labelWidth - 90) * Math.log10(row.rps + 1)) / Math.log10(max + 1));
      return `<text x="10" y="${y + 17}">${row.name.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text><rect x="${labelWidth}" y="${y + 4}" width="${w}" height="${barHeight - 8}" fill="#8b0000"/><text x="${labelWidth + w + 6}" y="${y + 17}">${row.rps.toFixed(0)}</text>`;
    }),
    '</svg>',
  ].join('');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width, height: data.length * barHeight + 60 } });
    await page.setContent(`<body style="margin:0;background:#fff">${svg}</body>`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
  } finally {
    await browser.close();
  }
}
