// The key facts as Markdown, for "Copy as Markdown". Page text is escaped so it cannot
// turn into links, emphasis or headings where it is pasted.
globalThis.factlightMarkdown = (() => {
  const escape = (s) => String(s ?? '').replace(/[\\`*_{}[\]()<>#+|!~-]/g, '\\$&').replace(/\s+/g, ' ').trim();

  function figureLine(f) {
    const counts = f.counts ? ` ${escape(f.counts)}` : '';
    return `- **${escape(f.value)}**${counts} — “${escape(f.sentence)}”`;
  }

  function personLine(p) {
    const role = p.role ? `, ${escape(p.role)}` : '';
    const times = p.mentions === 1 ? '1 mention' : `${p.mentions} mentions`;
    return `- **${escape(p.name)}**${role} (${times})`;
  }

  // title, url: the page's; facts: the engine's key facts (src/facts.rs).
  function build(title, url, facts) {
    const out = [`# Key facts: ${escape(title || url)}`, '', `<${String(url).replace(/[<>\s]/g, encodeURIComponent)}>`];
    const section = (name, items, line) => {
      if (items && items.length) out.push('', `## ${name}`, '', ...items.map(line));
    };
    section('Figures', facts.figures, figureLine);
    section('Officials', facts.officials, personLine);
    section('Other people', facts.people, personLine);
    if (facts.more) out.push('', `(${facts.more} more not listed)`);
    return out.join('\n') + '\n';
  }

  return { build, escape };
})();
