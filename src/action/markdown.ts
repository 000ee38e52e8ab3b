// The one way text from a pull request (server and file names, values, messages that quote them) enters
// the action's markdown: the sticky comment and the job summary. GitHub renders that markdown, so such text
// must stay text: no link, image, emphasis, heading, table cell, HTML tag, math or mention of its own.

// CommonMark shows a backslash-escaped ASCII punctuation character as itself. These are the ones that
// start markup: \ (so an escape cannot be undone), ` code, * _ ~ emphasis and strike-through, [ ] ( ) !
// links and images, < > HTML and autolinks, & entities, # headings, | table cells, $ math.
const MARKUP = /[\\`*_~[\]()!<>&#|$]/g;
// GitHub also turns bare URLs ("https://…", "www.…") into links, and @name, #123 into mentions and
// references (some of it after rendering, where escapes are gone): a zero-width space keeps them text.
const ZWSP = '\u200B';

/** Text for a markdown paragraph or table cell, on one line, showing exactly as written. */
export function md(s: string): string {
  return s
    .replace(/\r\n?|\n|\t/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '\uFFFD')
    .replace(MARKUP, '\\$&')
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`)
    .replace(/@/g, `@${ZWSP}`)
    .replace(/\\#(?=[A-Za-z0-9])/g, `\\#${ZWSP}`);
}

/**
 * Text as an inline code span (nothing inside one is markup): delimited by more backticks than any run in
 * it, on one line, with `|` escaped for a table cell (GitHub's tables take `\|` inside code spans too).
 */
export function inlineCode(s: string): string {
  const text = s
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\uFFFD')
    .replace(/\|/g, '\\|');
  const ticks = '`'.repeat(longestRun(text, '`') + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/** A code fence longer than any run of backticks in the text, so the text cannot close it. */
export function fenceFor(text: string): string {
  return '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
}

function longestRun(text: string, ch: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === ch ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}
