import { firstLine } from '../../src/group/first-line.js';

test('firstLine is the first line that is not blank, as split and find give it', () => {
  const texts = ['', 'one', '\n\n  \nTraceback (most recent call last):\n  File "a.py"', '  \t\n\u00a0\nx\ny', 'a\r\nb', '\n', ' \n \n', 'last\n', '\u2028\nz'];
  for (const text of texts) expect(firstLine(text)).toBe(text.split('\n').find((l) => l.trim() !== ''));
});
