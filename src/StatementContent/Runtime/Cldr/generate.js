// Compiles the vendored CLDR plural rules (plurals.json, ordinals.json; cldr-core's supplemental data) into
// ../PluralRules.Cldr.cs: one C# condition chain per distinct rule set ("rule group"), and per kind a table from
// locale to group. Run by refresh.sh; offline, `node generate.js` regenerates from the vendored files alone.
// The output is C# 7.3 (it is re-emitted into consumer projects), allocation-free and data-only: PluralRules.cs
// looks locales up in the tables and computes the operands.
'use strict';
const fs = require('fs');
const path = require('path');

const here = __dirname;
const version = fs.readFileSync(path.join(here, 'VERSION'), 'utf8').trim();
const categories = ['zero', 'one', 'two', 'few', 'many', 'other']; // PluralCategory's order
const big = 10n ** 18n; // PluralOperands keeps values ≥ 10^18 as 10^18 + (value mod 10^18)

function load(file, key) {
  const supplemental = JSON.parse(fs.readFileSync(path.join(here, file), 'utf8')).supplemental;
  return { cldr: supplemental.version._cldrVersion, locales: supplemental[key] };
}

// condition = and ('or' and)*; and = relation ('and' relation)*; relation = operand ('%' value)? ('='|'!=') list
function parseCondition(text) {
  if (text.trim() === '') return null;
  return text.trim().split(/\s+or\s+/).map(and => and.split(/\s+and\s+/).map(relation => {
    const m = /^([nivwftce])\s*(?:%\s*(\d+))?\s*(!=|=)\s*([\d.,\s]+)$/.exec(relation.trim());
    if (!m) throw new Error(`unsupported relation '${relation}'`);
    const list = m[4].replace(/\s+/g, '').split(',').map(item => {
      const [lo, hi] = item.split('..').map(BigInt);
      return { lo, hi: hi === undefined ? lo : hi };
    });
    const modulus = m[2] === undefined ? null : BigInt(m[2]);
    if (modulus !== null && big % modulus !== 0n) throw new Error(`modulus ${modulus} does not divide 10^18`);
    for (const { hi } of list) if (hi >= big) throw new Error(`value ${hi} ≥ 10^18`);
    return { operand: m[1], modulus, negated: m[3] === '!=', list };
  }));
}

// One relation as C#: { n, code, or } (n: on the value n, so it holds only when n has no fraction, t = 0), or
// true/false when it is constant (c and e, the compact exponent, are 0 for plain numbers).
function relationToCSharp(r, ordinal) {
  const holds = value => r.list.some(({ lo, hi }) => lo <= value && value <= hi);
  if (r.operand === 'c' || r.operand === 'e') {
    const value = r.modulus === null ? 0n : 0n % r.modulus;
    return holds(value) !== r.negated;
  }
  const field = { n: 'I', i: 'I', v: 'V', w: 'W', f: 'F', t: 'T' }[r.operand];
  if (ordinal && r.operand !== 'n' && field !== 'I') throw new Error('an ordinal rule uses a fraction operand; ordinals take integers');
  const x = `o.${field}` + (r.modulus === null ? '' : ` % ${r.modulus}`);
  // Adjacent values and ranges merge (1, 5, 7, 8, 9, 10 → 1, 5, 7..10).
  const ranges = [];
  for (const range of [...r.list].sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0))) {
    const last = ranges[ranges.length - 1];
    if (last && range.lo <= last.hi + 1n) last.hi = range.hi > last.hi ? range.hi : last.hi;
    else ranges.push({ ...range });
  }
  const terms = ranges.map(({ lo, hi }) => lo === hi ? `${x} == ${lo}` : `In(${x}, ${lo}, ${hi})`);
  let code = terms.join(' || ');
  if (r.negated) {
    code = ranges.length === 1 && ranges[0].lo === ranges[0].hi ? `${x} != ${ranges[0].lo}` : terms.length === 1 ? `!${terms[0]}` : `!(${code})`;
  }
  return { n: r.operand === 'n' && !ordinal, negated: r.negated, code, or: terms.length > 1 && !r.negated };
}

// An 'and' asserts t = 0 once, first, when one of its relations on n is positive; a negated one alone reads
// "n has a fraction or …".
function andToCSharp(relations) {
  const integer = relations.some(r => r.n && !r.negated);
  const parts = integer ? [{ code: 'o.T == 0', or: false }] : [];
  for (const r of relations) parts.push(r.n && !integer ? { code: `(o.T != 0 || ${r.code})`, or: false } : r);
  return parts.map(p => p.or && parts.length > 1 ? `(${p.code})` : p.code).join(' && ');
}

function conditionToCSharp(condition, ordinal) {
  const ors = [];
  for (const and of condition) {
    const relations = [];
    let never = false;
    for (const relation of and) {
      const c = relationToCSharp(relation, ordinal);
      if (c === false) { never = true; break; }
      if (c !== true) relations.push(c);
    }
    if (never) continue;
    if (relations.length === 0) return 'true';
    ors.push(andToCSharp(relations));
  }
  return ors.length === 0 ? null : ors.join(' || ');
}

function compile(file, key, ordinal) {
  const { cldr, locales } = load(file, key);
  const groups = new Map(); // rule text → { index, locales, rules }
  for (const [locale, rules] of Object.entries(locales)) {
    const parsed = [];
    for (const [name, text] of Object.entries(rules)) {
      const category = name.replace('pluralRule-count-', '');
      if (!categories.includes(category)) throw new Error(`${locale}: unknown category ${category}`);
      parsed.push({ category, condition: text.split('@')[0].trim() });
    }
    if (!parsed.some(p => p.category === 'other')) throw new Error(`${locale}: no 'other'`);
    const signature = JSON.stringify(parsed);
    if (!groups.has(signature)) groups.set(signature, { locales: [], rules: parsed });
    groups.get(signature).locales.push(locale);
  }
  // Groups in order of their first locale, so a refresh that adds a locale moves few lines.
  const list = [...groups.values()].sort((a, b) => (a.locales[0] < b.locales[0] ? -1 : 1));
  if (list.length > 52) throw new Error('more than 52 rule groups: extend the group letters');
  const letter = k => String.fromCharCode(k < 26 ? 65 + k : 97 + k - 26);
  const languages = [];
  const tags = [];
  list.forEach((group, k) => group.locales.forEach(locale => {
    if (/^[a-z]{2,3}$/.test(locale)) languages.push(locale.padEnd(3, ' ') + letter(k));
    else if (/^[a-z]{2,3}(-[A-Za-z0-9]+)+$/.test(locale)) tags.push(`${locale}:${letter(k)}`);
    else throw new Error(`unexpected locale ${locale}`);
  }));
  languages.sort();
  tags.sort();
  const cases = list.map((group, k) => {
    let chain = '';
    let mask = 0;
    for (const { category, condition } of group.rules) {
      mask |= 1 << categories.indexOf(category);
      if (category === 'other') continue;
      const code = conditionToCSharp(parseCondition(condition) || [], ordinal);
      if (code !== null) chain += `${code} ? ${cap(category)} : `;
    }
    const sample = group.locales.slice(0, 3).join(' ') + (group.locales.length > 3 ? ` +${group.locales.length - 3}` : '');
    return { code: `                case ${k}: return ${chain}Other; // ${sample}`, mask: mask & 31 };
  });
  return { cldr, count: Object.keys(locales).length, groups: list.length, languages, tags, cases };
}

const cap = s => s[0].toUpperCase() + s.slice(1);

const cardinal = compile('plurals.json', 'plurals-type-cardinal', false);
const ordinal = compile('ordinals.json', 'plurals-type-ordinal', true);
if (cardinal.cldr !== ordinal.cldr) throw new Error('plurals.json and ordinals.json are of different CLDR versions');

const maskChars = kind => kind.cases.map(c => String.fromCharCode(48 + c.mask)).join('');
const out = `// <auto-generated>
// Generated by src/StatementContent/Runtime/Cldr/generate.js from CLDR ${cardinal.cldr} (cldr-core ${version}):
// Cldr/plurals.json and Cldr/ordinals.json, Unicode licence (Cldr/LICENSE). Do not edit; run Cldr/refresh.sh.
// </auto-generated>
namespace StatementContent
{
    /// <summary>
    /// CLDR ${cardinal.cldr}'s plural rules as data for <see cref="PluralRules"/>: ${cardinal.count} locales' cardinal rules in
    /// ${cardinal.groups} groups of identical rules, ${ordinal.count} locales' ordinal rules in ${ordinal.groups} groups.
    /// </summary>
    internal static class CldrPlurals
    {
        public const string Version = "${cardinal.cldr}";

        // Per kind: language subtags (3 characters, space-padded, sorted), each followed by its group's letter
        // (A = 0 … Z = 25, a = 26 …); longer tags as "tag:letter", compared ignoring case; per group, the
        // categories other than Other as a bit set (PluralCategory's order) plus '0'.
        public const string CardinalLanguages = "${cardinal.languages.join('')}";
        public const string CardinalTags = "${cardinal.tags.join(' ')}";
        public const string CardinalCategories = "${maskChars(cardinal)}";
        public const string OrdinalLanguages = "${ordinal.languages.join('')}";
        public const string OrdinalTags = "${ordinal.tags.join(' ')}";
        public const string OrdinalCategories = "${maskChars(ordinal)}";

        private const PluralCategory Zero = PluralCategory.Zero, One = PluralCategory.One, Two = PluralCategory.Two,
            Few = PluralCategory.Few, Many = PluralCategory.Many, Other = PluralCategory.Other;

        public static PluralCategory Cardinal(int group, in PluralOperands o)
        {
            switch (group)
            {
${cardinal.cases.map(c => c.code).join('\n')}
                default: return Other;
            }
        }

        // Ordinals are of integers: n = i.
        public static PluralCategory Ordinal(int group, in PluralOperands o)
        {
            switch (group)
            {
${ordinal.cases.map(c => c.code).join('\n')}
                default: return Other;
            }
        }

        private static bool In(ulong x, ulong low, ulong high) => x >= low && x <= high;
    }
}
`;
fs.writeFileSync(path.join(here, '..', 'PluralRules.Cldr.cs'), out);
console.log(`CLDR ${cardinal.cldr}: cardinal ${cardinal.count} locales in ${cardinal.groups} groups, ordinal ${ordinal.count} locales in ${ordinal.groups} groups`);
