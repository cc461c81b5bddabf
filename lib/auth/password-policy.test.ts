import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy';

describe('checkPassword', () => {
  it('refuses fewer than 8 characters', () => {
    expect(checkPassword('1234567').ok).toBe(false);
    expect(checkPassword('').ok).toBe(false);
  });

  it('accepts exactly 8 and exactly 256 characters', () => {
    expect(checkPassword('a'.repeat(PASSWORD_MIN_LENGTH)).ok).toBe(true);
    expect(checkPassword('a'.repeat(PASSWORD_MAX_LENGTH)).ok).toBe(true);
  });

  it('refuses more than 256 characters, and huge inputs before normalising them', () => {
    expect(checkPassword('a'.repeat(PASSWORD_MAX_LENGTH + 1))).toEqual({ ok: false, message: 'Mật khẩu dài tối đa 256 ký tự.' });
    expect(checkPassword('a'.repeat(1_000_000)).ok).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(checkPassword(undefined).ok).toBe(false);
    expect(checkPassword(12345678).ok).toBe(false);
  });

  it('counts Vietnamese letters as one character each, composed or decomposed', () => {
    const composed = 'Trường Sa'; // 9 characters
    const decomposed = composed.normalize('NFD');
    expect(decomposed.length).toBeGreaterThan(composed.length);
    expect(checkPassword(decomposed)).toEqual({ ok: true, password: composed });
    // 7 letters with stacked marks: too short however many code units the NFD form takes.
    expect(checkPassword('ệễểềếặẫ'.normalize('NFD')).ok).toBe(false);
  });

  it('counts astral characters (emoji) as one character', () => {
    expect(checkPassword('😀'.repeat(7)).ok).toBe(false);
    expect(checkPassword('😀'.repeat(8)).ok).toBe(true);
  });
});
