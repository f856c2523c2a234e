// The baseline a reader would otherwise install: Firefox's reader view (Readability.js)
// plus compromise, the most used in-browser NLP library, both from npm.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

// One classic script defining globalThis.Readability and globalThis.nlp.
function baselineSource() {
  const readability = fs.readFileSync(path.join(ROOT, 'node_modules', '@mozilla', 'readability', 'Readability.js'), 'utf8');
  const compromise = fs.readFileSync(path.join(ROOT, 'node_modules', 'compromise', 'builds', 'compromise.js'), 'utf8');
  return `${readability}\n;globalThis.Readability = Readability;\n${compromise}\n`;
}

// Runs in the page (page.evaluate): the same jobs Factlight does, timed on the page's clock.
function runBaseline() {
  const t0 = performance.now();
  const article = new Readability(document.cloneNode(true)).parse();
  const text = article ? article.textContent : '';
  const doc = nlp(text);
  const found = doc.people().out('array').length + doc.numbers().out('array').length
    + doc.money().out('array').length + doc.percentages().out('array').length;
  return { ms: performance.now() - t0, words: text.split(/\s+/).length, found };
}

module.exports = { baselineSource, runBaseline };
