// Writes a synthetic but valid guide (overview, prerequisites, 8 phases, appendices) and glossary into a folder,
// for benchmarks that need hundreds of pages. Deterministic: the same arguments give the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const words = ['pool', 'topology', 'replication', 'certificate', 'federation', 'listener', 'registrar', 'gateway', 'database', 'mirror', 'policy', 'dial plan', 'trunk', 'route', 'conference', 'directory'];
const cmdlets = ['Get-CsPool', 'Move-CsUser', 'Get-CsUser', 'Enable-CsTopology', 'Get-CsService', 'Set-CsRegistrar', 'Test-CsRegistration', 'Export-CsConfiguration'];
const pick = (list, n) => list[n % list.length];

function frontmatter(title, kind, phase) {
  return ['---', `title: "${title}"`, 'description: Synthetic page for benchmarks.', `kind: ${kind}`, ...(phase ? [`phase: ${phase}`] : []),
    'summary: Synthetic page used to measure build and search cost.', 'duration: { min: 1, max: 3, unit: hours }', 'downtime: none',
    'roles: [Front End Server]', 'permissions: [RTCUniversalServerAdmins]', 'prerequisites: []', 'rollback: Nothing to undo.', 'lastReviewed: 2026-11-25', '---', ''].join('\n');
}

function body(n, terms) {
  const sections = [];
  for (let s = 0; s < 6; s++) {
    const term = terms.length ? terms[(n * 7 + s) % terms.length] : 'pool';
    sections.push(`## Section ${s + 1} of page ${n}\n\nCheck the ${pick(words, n + s)} before you change the ${term}. The ${term} affects every ${pick(words, n * 3 + s)} in the site, so confirm the ${pick(words, s)} first.\n\n1. Open the Lync Server Management Shell.\n2. Run the command for step ${s + 1}:\n\n   \`\`\`powershell\n   ${pick(cmdlets, n + s)} -Identity "item-${n}-${s}.corp.harbourline.example"\n   \`\`\`\n\n**Verify**\n\n- [ ] The output of \`${pick(cmdlets, n + s)}\` shows item-${n}-${s}.\n`);
  }
  return sections.join('\n');
}

/** Writes `pages` guide pages and `terms` glossary terms under `dir` (as `dir/guide`, `dir/glossary`). */
export function writeSyntheticGuide(dir, { pages, terms }) {
  const guide = join(dir, 'guide');
  const glossary = join(dir, 'glossary');
  mkdirSync(guide, { recursive: true });
  mkdirSync(glossary, { recursive: true });
  const termNames = Array.from({ length: terms }, (_, i) => `synthterm${i}`);
  termNames.forEach((t, i) => writeFileSync(join(glossary, `${t}.md`), `---\nterm: ${t}\naliases: [${t}s]\nshort: Synthetic term number ${i}.\nrelated: []\n---\nThe full definition of synthetic term ${i}.\n`));
  const file = (id, title, kind, phase, n) => writeFileSync(join(guide, `${id}.mdx`), frontmatter(title, kind, phase) + body(n, termNames));
  file('migration-from-lync-server-2010-to-lync-server-2013', 'Overview', 'overview', undefined, 0);
  file('before-you-begin-the-migration', 'Before you begin the migration', 'prerequisites', undefined, 1);
  for (let p = 1; p <= 8; p++) file(`phase-${p}`, `Phase ${p}: synthetic`, 'phase', p, p + 1);
  for (let n = 10; n < pages; n++) file(`appendix-${String(n).padStart(4, '0')}`, `Appendix ${n}`, 'appendix', undefined, n);
}
