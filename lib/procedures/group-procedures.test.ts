import { describe, expect, it } from 'vitest';
import { groupProceduresByField, matchExistingField } from './group-procedures';

describe('groupProceduresByField', () => {
  it('groups in the order of each field’s first procedure, keeping the order inside a field', () => {
    const groups = groupProceduresByField([
      { title: 'Đăng ký khai sinh', field: 'Hộ tịch' },
      { title: 'Chứng thực chữ ký', field: 'Chứng thực' },
      { title: 'Đăng ký kết hôn', field: 'Hộ tịch' },
      { title: 'Hòa giải tranh chấp đất đai', field: 'Đất đai' },
    ]);
    expect(groups.map((g) => [g.field, g.anchor, g.procedures.map((p) => p.title)])).toEqual([
      ['Hộ tịch', 'linh-vuc-ho-tich', ['Đăng ký khai sinh', 'Đăng ký kết hôn']],
      ['Chứng thực', 'linh-vuc-chung-thuc', ['Chứng thực chữ ký']],
      ['Đất đai', 'linh-vuc-dat-dai', ['Hòa giải tranh chấp đất đai']],
    ]);
  });

  it('gives fields that read alike without diacritics different anchors', () => {
    const groups = groupProceduresByField([{ field: 'Đất đai' }, { field: 'Đạt đãi' }, { field: '…' }]);
    expect(groups.map((g) => g.anchor)).toEqual(['linh-vuc-dat-dai', 'linh-vuc-dat-dai-2', 'linh-vuc-khac']);
  });
});

describe('matchExistingField', () => {
  it('uses the existing spelling of a field typed with other capitals, spaces or Unicode form', () => {
    expect(matchExistingField('hộ  tịch', ['Chứng thực', 'Hộ tịch'])).toBe('Hộ tịch');
    expect(matchExistingField('Hộ tịch'.normalize('NFD'), ['Hộ tịch'])).toBe('Hộ tịch');
    expect(matchExistingField('Tư pháp', ['Hộ tịch'])).toBe('Tư pháp');
  });
});
