import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { joinCommandLine, splitCommandLine } from './commandLine';

describe('splitCommandLine', () => {
  it.each([
    ['ping -t 127.0.0.1', ['ping', '-t', '127.0.0.1']],
    ['  ping   -t  ', ['ping', '-t']],
    ['"C:\\Program Files\\app.exe" --x', ['C:\\Program Files\\app.exe', '--x']],
    ['powershell -Command \'Write-Host "hi"\'', ['powershell', '-Command', 'Write-Host "hi"']],
    ['a ""', ['a', '']],
    ['', []],
  ])('%j → %j', (line, expected) => {
    expect(splitCommandLine(line)).toEqual(expected);
  });
});

describe('joinCommandLine', () => {
  it('round-trips arguments without mixed quotes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string().filter((s) => !(s.includes('"') && s.includes("'")))),
        (args) => {
          expect(splitCommandLine(joinCommandLine(args))).toEqual(args);
        },
      ),
    );
  });
});
