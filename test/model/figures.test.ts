import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findFigures, figureKey, type FoundFigure } from '../../server/src/model';

type Expected = [text: string, value: number, kind: FoundFigure['kind']];

/** The figures of `input`, checked for order, offsets and `text`, as [text, value, kind]. */
function figures(input: string): Expected[] {
  const found = findFigures(input);
  let last = 0;
  for (const f of found) {
    assert.ok(f.start >= last, `in order, not overlapping: ${JSON.stringify(found)}`);
    assert.ok(f.end > f.start);
    assert.equal(input.slice(f.start, f.end), f.text, 'text is the slice start..end');
    last = f.end;
  }
  return found.map((f) => [f.text, f.value, f.kind]);
}

function expectOne(input: string, text: string, value: number, kind: FoundFigure['kind']): void {
  assert.deepEqual(figures(input), [[text, value, kind]], input);
}

function expectNone(input: string): void {
  assert.deepEqual(figures(input), [], input);
}

function key(input: string): string {
  const found = findFigures(input);
  assert.equal(found.length, 1, `one figure in ${input}: ${JSON.stringify(found)}`);
  return figureKey(found[0]);
}

test('the article sentences with numbers', () => {
  assert.deepEqual(
    figures('Qianhai has become a key hub for Hong Kong enterprises, with over 9,200 companies registered.'),
    [['over 9,200 companies', 9200, 'count']],
  );
  assert.deepEqual(
    figures('At the same time, Hetao has established itself as a center for cutting-edge research, with more than 200 collaborative projects involving top Hong Kong universities.'),
    [['more than 200 collaborative projects', 200, 'count']],
  );
  assert.deepEqual(
    figures('Shenzhen, often referred to as China’s Silicon Valley, excels in areas like AI, robotics, and biotechnology, with research and development spending surpassing 6 percent of its GDP.'),
    [['surpassing 6 percent', 6, 'percent']],
  );
  expectNone('These companies, representing the forefront of Industry 4.0, align with Hong Kong’s vision of becoming a global leader in technological innovation.');
});

test('the offsets of a figure point into the text', () => {
  const input = 'Qianhai has over 9,200 companies registered.';
  const [f] = findFigures(input);
  assert.equal(f.start, input.indexOf('over'));
  assert.equal(f.end, input.indexOf(' registered'));
  assert.equal(f.text, 'over 9,200 companies');
});

test('percentages in every spelling', () => {
  expectOne('a 35% share', '35%', 35, 'percent');
  expectOne('6 percent of its GDP', '6 percent', 6, 'percent');
  expectOne('6 per cent of its GDP', '6 per cent', 6, 'percent');
  expectOne('6 Percent of GDP', '6 Percent', 6, 'percent');
  expectOne('35 % of people', '35 %', 35, 'percent');
  expectOne('a 3.5 pct rise', '3.5 pct', 3.5, 'percent');
  expectOne('growth of 0.5%.', '0.5%', 0.5, 'percent');
  expectOne('a 20-percent rise', '20-percent', 20, 'percent');
  expectOne('达到35％', '35％', 35, 'percent');
});

test('money in any currency, with scale words and abbreviations', () => {
  expectOne('raised $1.2 billion last year', '$1.2 billion', 1_200_000_000, 'money');
  expectOne('HK$500 million for the fund', 'HK$500 million', 500_000_000, 'money');
  expectOne('US$3 trillion in assets', 'US$3 trillion', 3_000_000_000_000, 'money');
  expectOne('US$ 3 trillion in assets', 'US$ 3 trillion', 3_000_000_000_000, 'money');
  expectOne('RMB 80 billion of investment', 'RMB 80 billion', 80_000_000_000, 'money');
  expectOne('RMB80 billion of investment', 'RMB80 billion', 80_000_000_000, 'money');
  expectOne('a €2.5m grant', '€2.5m', 2_500_000, 'money');
  expectOne('£4.5bn of debt', '£4.5bn', 4_500_000_000, 'money');
  expectOne('a $500k seed round', '$500k', 500_000, 'money');
  expectOne('¥100 each', '¥100', 100, 'money');
  expectOne('USD 5m of funding', 'USD 5m', 5_000_000, 'money');
  expectOne('5 million yuan of funding', '5 million yuan', 5_000_000, 'money');
  expectOne('80 billion Hong Kong dollars', '80 billion Hong Kong dollars', 80_000_000_000, 'money');
  expectOne('5 million HKD', '5 million HKD', 5_000_000, 'money');
  expectOne('costs 3.50 euros', '3.50 euros', 3.5, 'money');
  expectOne('a $5-million grant', '$5-million', 5_000_000, 'money');
  expectOne('投资80亿元', '80亿元', 8_000_000_000, 'money');
});

test('counts carry the noun after them', () => {
  expectOne('over 9,200 companies', 'over 9,200 companies', 9200, 'count');
  expectOne('The 200 firms joined.', '200 firms', 200, 'count');
  expectOne('About 300 new companies', 'About 300 new companies', 300, 'count');
  expectOne('nearly 1,000 Chinese firms', 'nearly 1,000 Chinese firms', 1000, 'count');
  expectOne('200 Hong Kong-based companies opened', '200 Hong Kong-based companies', 200, 'count');
  expectOne('1.4 billion people', '1.4 billion people', 1_400_000_000, 'count');
  expectOne('5bn users', '5bn users', 5_000_000_000, 'count');
  expectOne('200+ companies', '200+ companies', 200, 'count');
  expectOne('it reached 9,200.', '9,200', 9200, 'count');
  expectOne('9,200 of them', '9,200', 9200, 'count');
  expectOne('In 300 cities', '300 cities', 300, 'count');
  // A masked footnote marker leaves spaces between the number and its noun.
  expectOne('over 9,200      companies', 'over 9,200      companies', 9200, 'count');
});

test('every qualifier belongs to the figure', () => {
  const qualifiers = [
    'over', 'Over', 'more than', 'above', 'surpassing', 'exceeding', 'nearly', 'almost', 'about', 'around', 'roughly',
    'approximately', 'up to', 'at least', 'at most', 'less than', 'fewer than', 'under', 'below', 'some', 'as many as',
    'in excess of', 'an estimated', 'well over', 'just under', 'no more than', 'approx.', '~', '>', '≥',
  ];
  for (const q of qualifiers) {
    const sep = q.length === 1 ? '' : ' ';
    expectOne(`they had ${q}${sep}35% of it`, `${q}${sep}35%`, 35, 'percent');
    expectOne(`they had ${q}${sep}$5 million left`, `${q}${sep}$5 million`, 5_000_000, 'money');
  }
});

test('negative numbers take their sign', () => {
  expectOne('growth of -3% in a year', '-3%', -3, 'percent');
  expectOne('growth of −5 percent', '−5 percent', -5, 'percent');
  expectOne('a loss (-$5 million)', '-$5 million', -5_000_000, 'money');
  expectOne('up +2.1%', '+2.1%', 2.1, 'percent');
});

test('percentage points and basis points are percents', () => {
  expectOne('up 2 percentage points', '2 percentage points', 2, 'percent');
  expectOne('up 0.5pp', '0.5pp', 0.5, 'percent');
  expectOne('a cut of 25 basis points', '25 basis points', 0.25, 'percent');
  expectOne('a cut of 50 bps', '50 bps', 0.5, 'percent');
});

test('ranges give two figures sharing the unit', () => {
  assert.deepEqual(figures('a 5-10% rise'), [['5', 5, 'percent'], ['10%', 10, 'percent']]);
  assert.deepEqual(figures('a 5–10% rise'), [['5', 5, 'percent'], ['10%', 10, 'percent']]);
  assert.deepEqual(figures('from 5 to 10 percent'), [['5', 5, 'percent'], ['10 percent', 10, 'percent']]);
  assert.deepEqual(figures('between 5 and 10 percent'), [['between 5', 5, 'percent'], ['10 percent', 10, 'percent']]);
  assert.deepEqual(figures('$1-2 billion'), [['$1', 1e9, 'money'], ['2 billion', 2e9, 'money']]);
  assert.deepEqual(figures('$1–$2 billion'), [['$1', 1e9, 'money'], ['$2 billion', 2e9, 'money']]);
  assert.deepEqual(figures('200-300 projects'), [['200', 200, 'count'], ['300 projects', 300, 'count']]);
  assert.deepEqual(figures('5%-10%'), [['5%', 5, 'percent'], ['10%', 10, 'percent']]);
  // Year ranges and labelled ranges are no figures.
  expectNone('2019–2020');
  expectNone('the 2019-20 season');
  expectNone('between 2019 and 2023');
  expectNone('Chapter 5-7 and pages 10 to 12');
});

test('years are not figures unless they carry a unit', () => {
  expectNone('in 2023');
  expectNone('since 1997');
  expectNone('from 2019 to 2023');
  expectNone('2000 companies'); // a bare four-digit 1000–2999 is a year: write 2,000
  expectOne('2,000 companies', '2,000 companies', 2000, 'count');
  expectOne('2000 million', '2000 million', 2_000_000_000, 'count');
  expectOne('$2023', '$2023', 2023, 'money');
  expectOne('2023%', '2023%', 2023, 'percent');
  expectOne('3000 companies', '3000 companies', 3000, 'count');
  assert.deepEqual(figures('In 2023, 9,200 companies'), [['9,200 companies', 9200, 'count']]);
  expectOne('in 2020 – 300 companies registered', '300 companies', 300, 'count');
});

test('names never stop a percent or money, nor a number with a thousands separator', () => {
  expectOne('GDP 6% higher', '6%', 6, 'percent');
  expectOne('Qianhai Hosts 9,200 Companies', '9,200 Companies', 9200, 'count');
  expectNone('Qianhai Hosts 200 Firms');
  expectOne('Qianhai Hosts Over 200 Firms', 'Over 200 Firms', 200, 'count');
  expectOne('Roughly 200 firms', 'Roughly 200 firms', 200, 'count');
  expectOne('est. 200 firms', 'est. 200 firms', 200, 'count');
  expectOne('Rs. 500 each', 'Rs. 500', 500, 'money');
  expectOne('5 pounds of rice', '5 pounds', 5, 'count'); // `pounds` alone is a weight
  expectOne('5 million pounds sterling', '5 million pounds sterling', 5_000_000, 'money');
});

test('spelled-out numbers are not figures', () => {
  expectNone('half of them, a third, two companies, one million people');
});

test('numbers that are part of a name are not figures', () => {
  for (const s of [
    'COVID-19', 'Covid-19 cases', '5G networks', 'Industry 4.0', 'Article 23', 'G20', 'Web3', 'H5N1', 'iPhone 15',
    'Windows 11', 'Fortune 500 companies', 'S&P 500', 'GPT-4', 'PM2.5', 'FY2023', 'Q3', 'version 2.0', 'v2.0', 'No. 5',
    'page 12', 'Section 230', 'the 14th Five-Year Plan', 'x^2',
  ]) {
    expectNone(s);
  }
});

test('ordinals, dates, times, versions and glued numbers are not figures', () => {
  for (const s of [
    '21st', 'the 3rd', 'on 3 March', 'March 3', 'at 10:30', 'at 5 pm', 'at 3 p.m.', '24/7', '1/3 of it', '1.2.3', '10.0.0.1',
    'the 1990s', 'the 1990’s', '3D', '4K', '10x', 'a 5-year plan', 'a 1.5°C rise', '5m away', '5k run', '2023年', '5月3日',
    '第3', '(1) first', '[2] second', 'report5.pdf', 'id=5', '007', '1,00,000', '12,5%', '’23', 'around 2030', '5‰',
    'a 10-fold rise', 'a 5,000-strong workforce', 'on 2023-03-04', '%20', '#1', 'the .5 mark',
  ]) {
    expectNone(s);
  }
});

test('non-ASCII text around figures', () => {
  expectOne('Hong Kong’s 35% share', '35%', 35, 'percent');
  expectOne('Hong Kong’s 9,200 companies', '9,200 companies', 9200, 'count');
  expectOne('深圳研发投入超过6%的GDP', '6%', 6, 'percent');
  expectOne('前海有9,200家公司', '9,200', 9200, 'count');
  expectOne('Zürich’s 200 Banken', '200 Banken', 200, 'count');
  expectOne('« plus de 35 % »', '35 %', 35, 'percent');
  const input = '🚀 über $1.2 billion für 香港';
  const [f] = findFigures(input);
  assert.equal(f.text, '$1.2 billion');
  assert.equal(input.slice(f.start, f.end), '$1.2 billion');
  assert.equal(f.start, input.indexOf('$'));
});

test('several figures in a sentence, in order', () => {
  assert.deepEqual(figures('Roughly 5% of 1,200 million people are 35-40 years old, up 2 percentage points since 2019.'), [
    ['Roughly 5%', 5, 'percent'],
    ['1,200 million people', 1_200_000_000, 'count'],
    ['35', 35, 'count'],
    ['40 years', 40, 'count'],
    ['2 percentage points', 2, 'percent'], // `up` is a direction, not a qualifier
  ]);
});

test('figureKey: the same figure however it is written', () => {
  assert.equal(key('6 percent'), key('6%'));
  assert.equal(key('6 per cent'), key('6%'));
  assert.equal(key('surpassing 6 percent'), key('6%'));
  assert.equal(key('1.2 billion people'), key('1,200 million people'));
  assert.equal(key('$1.2 billion'), key('$1,200 million'));
  assert.equal(key('$5 million'), key('HK$5 million'));
  assert.equal(key('$5 million'), key('RMB 5 million'));
  assert.equal(key('$5 million'), key('5 million yuan'));
  assert.equal(key('over 9,200 companies'), key('9200 firms'));
  assert.equal(key('0.5 percentage points'), key('50 basis points'));
  assert.equal(key('€2.5m'), key('€2,500,000'));
  assert.equal(key('$0.1 billion'), key('$100 million'));
  assert.notEqual(key('6%'), key('6 companies'));
  assert.notEqual(key('$6'), key('6 companies'));
  assert.notEqual(key('$6'), key('6%'));
  assert.notEqual(key('6%'), key('-6%'));
  assert.notEqual(key('$1.2 billion'), key('$1.2 million'));
  // Values are rounded to 12 significant digits, in figures and in keys.
  assert.equal(figureKey({ kind: 'percent', value: 0.1 + 0.2 }), figureKey({ kind: 'percent', value: 0.3 }));
  assert.equal(findFigures('$0.07 billion')[0].value, 70_000_000);
  assert.equal(findFigures('1.1 billion')[0].value, 1_100_000_000);
});

test('a 1 MB line of digits or junk is scanned fast', () => {
  const size = 1 << 20;
  const digits = '1234567890'.repeat(size / 10);
  const alphabet = '0123456789 ,.-–$%€abcmkbnHK$US percent million billion over than \n';
  let junk = '';
  let x = 12345;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    junk += alphabet[x % alphabet.length];
  }
  const worst = '1 '.repeat(size / 2);
  for (const [name, input] of [['digits', digits], ['junk', junk], ['numbers', worst]] as const) {
    const t = process.cpuUsage();
    const found = findFigures(input);
    const used = process.cpuUsage(t);
    const ms = (used.user + used.system) / 1000;
    assert.ok(ms < 1000, `${name}: ${ms} ms`);
    if (name === 'digits') assert.equal(found.length, 0);
    if (name === 'numbers') assert.equal(found.length, size / 2);
  }
});
