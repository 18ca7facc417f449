import * as fs from 'node:fs';
import * as path from 'node:path';
import { runDemo } from './demo';
import { renderText } from './report';
import { renderHtml } from './report-html';

/** `npm run demo`: replays the day, prints the report, writes demo-report.html at the repository root. */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const { report } = await runDemo({
    projectDir: root,
    seedPath: path.join(root, 'emulator', 'seeds', 'demo.json'),
    progress: (line) => console.log(line),
  });
  console.log(`\n${renderText(report)}`);
  const htmlPath = path.join(root, 'demo-report.html');
  fs.writeFileSync(htmlPath, renderHtml(report));
  console.log(`\nThe same report as one HTML file: ${htmlPath}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
