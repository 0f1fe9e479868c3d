// Mozilla Readability.js (with jsdom) on many pages in one node process, for marsad bench extract.
// Usage: node readability-bench.js PAGE_LIST RESULT_JSON TIMED_PASSES
// PAGE_LIST holds one HTML file path per line. One warm-up pass, then TIMED_PASSES timed passes;
// RESULT_JSON gets {"timedMillis": total ms of the timed passes, "texts": [textContent per page]}.
const fs = require('fs');
const path = require('path');
const { JSDOM, VirtualConsole } = require(path.join(__dirname, 'node_modules', 'jsdom'));
const { Readability } = require(path.join(__dirname, 'node_modules', '@mozilla', 'readability'));

const [listFile, resultFile, passesArg] = process.argv.slice(2);
const files = fs.readFileSync(listFile, 'utf8').split('\n').filter((l) => l.length > 0);
const pages = files.map((f) => fs.readFileSync(f, 'utf8'));
const quiet = new VirtualConsole();

function extract(html) {
  try {
    const dom = new JSDOM(html, { url: 'https://example.invalid/', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return article && article.textContent ? article.textContent : '';
  } catch (e) {
    return '';
  }
}

const texts = pages.map(extract); // warm-up pass; its texts are the ones scored
const passes = Number(passesArg);
const start = process.hrtime.bigint();
for (let pass = 0; pass < passes; pass++) {
  for (const html of pages) extract(html);
}
const timedMillis = Number(process.hrtime.bigint() - start) / 1e6;
fs.writeFileSync(resultFile, JSON.stringify({ timedMillis, texts }));
