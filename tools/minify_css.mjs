// Minifies the site's stylesheets in place (Trunk's post-build hook): comments out, whitespace runs
// collapsed, no space around `{`, `}`, `;` and `,` nor after `:`, outside strings. Deliberately small: it
// never touches a space before `:` (`.a :focus` and `.a:focus` differ) nor anything inside quotes.
import { readFile, writeFile } from 'node:fs/promises';

for (const file of process.argv.slice(2)) {
  const css = await readFile(file, 'utf8');
  // Strings and comments are matched first, so that what looks like a comment or a brace inside a
  // string stays as it is.
  const minified = css.replace(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|\/\*[\s\S]*?\*\/|\s*([{};,])\s*|(:)\s+|\s+/g,
    (match, string, punctuation, colon) => string ?? punctuation ?? colon ?? (match.trim() === '' ? ' ' : ''))
    .replace(/;}/g, '}')
    .trim();
  await writeFile(file, `${minified}\n`);
}
