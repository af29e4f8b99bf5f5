import { describe, expect, it } from 'vitest';
import { leaderFormSchema, moveLeaderSchema } from './leader';
import { fieldErrorsOf } from './zod';

describe('leaderFormSchema', () => {
  it('accepts a leader with only a name and a position; the rest defaults to empty', () => {
    expect(leaderFormSchema.parse({ name: ' Nguyễn Văn A ', position: 'Chủ tịch UBND phường' })).toEqual({
      id: '',
      name: 'Nguyễn Văn A',
      position: 'Chủ tịch UBND phường',
      phone: '',
      email: '',
      responsibilities: '',
      photoId: null,
      photoAlt: '',
    });
  });

  it('checks the phone number and the email address when given', () => {
    const result = leaderFormSchema.safeParse({ name: 'A', position: 'B', phone: 'gọi tôi', email: 'khong-phai-thu' });
    const errors = fieldErrorsOf(result.error!);
    expect(errors.phone).toMatch(/^Số điện thoại chỉ gồm chữ số/);
    expect(errors.email).toMatch(/^Thư điện tử chưa đúng dạng/);
    expect(leaderFormSchema.safeParse({ name: 'A', position: 'B', phone: '(0254) 3 123-456', email: 'a@phuochung.gov.vn' }).success).toBe(true);
  });

  it('requires a name, a position, and a description of a photo', () => {
    const result = leaderFormSchema.safeParse({ name: '', position: '', photoId: 'anh1', photoAlt: ' ' });
    const errors = fieldErrorsOf(result.error!);
    expect(errors.name).toBe('Vui lòng nhập họ tên.');
    expect(errors.position).toBe('Vui lòng nhập chức vụ.');
    expect(errors.photoAlt).toMatch(/^Vui lòng mô tả ảnh/);
  });

  it('reads an empty photo field as no photo', () => {
    expect(leaderFormSchema.parse({ name: 'A', position: 'B', photoId: '', photoAlt: '' }).photoId).toBeNull();
  });
});

describe('moveLeaderSchema', () => {
  it('moves up or down only', () => {
    expect(moveLeaderSchema.safeParse({ id: 'x', direction: 'up' }).success).toBe(true);
    expect(moveLeaderSchema.safeParse({ id: 'x', direction: 'sideways' }).success).toBe(false);
  });
});
