import { describe, expect, it } from 'vitest';
import { publicAskerName } from './public-name';

describe('publicAskerName', () => {
  it('shows the given name after the initials of the family and middle names', () => {
    expect(publicAskerName('Nguyễn Văn An')).toBe('N.V. An');
    expect(publicAskerName('  trần   thị   lan ')).toBe('T.T. lan');
    expect(publicAskerName('Đỗ Thị Ánh Tuyết')).toBe('Đ.T.Á. Tuyết');
    expect(publicAskerName('Lê Hoàng Nam')).toBe('L.H. Nam');
  });

  it('keeps a one-word name, drops stray punctuation, and names nobody when nothing is left', () => {
    expect(publicAskerName('Minh')).toBe('Minh');
    expect(publicAskerName('(Ông) Phạm Quang Huy.')).toBe('Ô.P.Q. Huy');
    expect(publicAskerName(' - ')).toBe('Người dân');
  });
});
