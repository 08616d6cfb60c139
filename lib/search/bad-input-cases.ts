// Inputs a search box must survive: each gives a normal or empty results page, never an error.
// `query` is the raw query string after `?`, as a browser or a script would send it.

export type BadInput = { name: string; query: string };

const enc = encodeURIComponent;

export const badInputs: BadInput[] = [
  { name: 'no q at all', query: '' },
  { name: 'empty q', query: 'q=' },
  { name: 'whitespace only', query: `q=${enc('   \t  ')}` },
  { name: '1,000 characters', query: `q=${enc('الحموشي '.repeat(125))}` },
  { name: '1,000 characters without spaces', query: `q=${'ب'.repeat(1000)}` },
  { name: 'only diacritics', query: `q=${enc('ًٌٍَُِّْ')}` },
  { name: 'only tatweel and zero-width', query: `q=${enc('ـــ\u200B\u200C')}` },
  { name: 'a lone double quote', query: `q=${enc('"')}` },
  { name: 'unbalanced quotes', query: `q=${enc('"الحموشي FBI')}` },
  { name: 'empty quotes', query: `q=${enc('""')}` },
  { name: 'star', query: `q=${enc('*')}` },
  { name: 'prefix star', query: `q=${enc('حموش*')}` },
  { name: 'NEAR', query: `q=${enc('NEAR(الحموشي FBI, 2)')}` },
  { name: 'OR and AND', query: `q=${enc('الحموشي OR AND FBI')}` },
  { name: 'NOT alone', query: `q=${enc('NOT')}` },
  { name: 'minus alone', query: `q=${enc('-')}` },
  { name: 'only exclusions', query: `q=${enc('-الحموشي -FBI')}` },
  { name: 'caret', query: `q=${enc('^الحموشي')}` },
  { name: 'column filter', query: `q=${enc('title:الحموشي body:')}` },
  { name: 'parentheses', query: `q=${enc('((الحموشي) FBI')}` },
  { name: 'braces', query: `q=${enc('{title body}: x')}` },
  { name: 'tsquery operators', query: `q=${enc('a & | ! <-> :* b')}` },
  { name: 'SQL fragment', query: `q=${enc("' OR 1=1; DROP TABLE \"Article\"; --")}` },
  { name: 'SQL comment and union', query: `q=${enc('x/**/UNION SELECT * FROM "User"')}` },
  { name: 'control characters', query: `q=${enc('\u0000\u0001\u001B[31mالحموشي\u007F')}` },
  { name: 'bidi overrides', query: `q=${enc('\u202Eالحموشي\u202C\u2066')}` },
  { name: 'emoji', query: `q=${enc('🔥📰')}` },
  { name: 'q given twice', query: `q=${enc('الحموشي')}&q=${enc('FBI')}` },
  { name: 'q as an array key', query: `q[]=${enc('x')}&q[a]=y` },
  { name: 'page -1', query: `q=${enc('الحموشي')}&page=-1` },
  { name: 'page 0', query: `q=${enc('الحموشي')}&page=0` },
  { name: 'page not a number', query: `q=${enc('الحموشي')}&page=abc` },
  { name: 'page huge', query: `q=${enc('الحموشي')}&page=99999999999999999999` },
  { name: 'page past the last', query: `q=${enc('الحموشي')}&page=500` },
  { name: 'page fractional', query: `q=${enc('الحموشي')}&page=1.5` },
  { name: 'unknown section', query: `q=${enc('الحموشي')}&section=${enc('لا-يوجد')}` },
  { name: 'section with SQL', query: `q=${enc('الحموشي')}&section=${enc("x' OR '1'='1")}` },
  { name: 'bad dates', query: `q=${enc('الحموشي')}&from=2023-13-45&to=yesterday` },
  { name: 'dates reversed', query: `q=${enc('الحموشي')}&from=2024-01-01&to=2020-01-01` },
  { name: 'broken percent-escape in q', query: 'q=%D8%A7%ZZ%' },
];
