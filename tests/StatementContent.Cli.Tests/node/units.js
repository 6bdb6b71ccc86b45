// Parses an XLIFF 2.0 file with the npm package 'xliff' (not ours) and prints what it read as JSON:
// { "srcLang", "trgLang", "units": { "<unit id>": { "source", "target" } } } — TranslationsToolTests compares it.
const fs = require('fs');
const { xliff2js } = require('xliff');

xliff2js(fs.readFileSync(process.argv[2], 'utf8'))
  .then((result) => {
    const units = {};
    for (const file of Object.values(result.resources)) {
      for (const [id, unit] of Object.entries(file)) {
        units[id] = { source: unit.source, target: unit.target };
      }
    }
    process.stdout.write(JSON.stringify({ srcLang: result.sourceLanguage, trgLang: result.targetLanguage, units }));
  })
  .catch((error) => {
    process.stderr.write(`xliff could not read ${process.argv[2]}: ${error.message}\n`);
    process.exit(1);
  });
