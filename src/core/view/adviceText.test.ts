import { describe, expect, it } from 'vitest';

import { adviceHeadline, grantLabel } from './adviceText';

describe('advice text', () => {
  it('names the built-in account, or the usergroup with its name', () => {
    expect(
      adviceHeadline({ account: 'LocalService', runAsUserName: 'NT AUTHORITY\\Local service' }),
    ).toBe('Smallest account: LocalService');
    expect(adviceHeadline({ account: 'group', runAsUserName: 'hpc-localgroup' })).toBe(
      'Smallest account: A local usergroup (hpc-localgroup)',
    );
  });

  it('says which rights a grant gives on which path', () => {
    expect(grantLabel({ rights: 'M', path: 'C:\\logs' })).toBe('Modify grant for C:\\logs');
    expect(grantLabel({ rights: 'RX', path: 'C:\\etc' })).toBe('Read grant for C:\\etc');
  });
});
